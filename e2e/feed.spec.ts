import { expect, test, type Page } from '@playwright/test'
import { countText, narrowingTopic } from './support/data.ts'
import { PAGE_SIZE } from '../src/shared/feed-params.ts'
import { projectData } from './support/project.ts'
import { routeImages } from './support/images.ts'
import {
  cardFacts,
  cards,
  checkboxCount,
  expectCount,
  facetCheckbox,
  feedStatus,
  filterAside,
  openStoryAndGoBack,
  revealOption,
  selectSort,
} from './support/feed.ts'

test(
  'the feed lists the bundled articles, newest first',
  { tag: '@bundled-only' },
  async ({ page }) => {
    await page.goto('/')
    await expect(feedStatus(page)).toHaveText('5 articles')
    const headings = page.getByRole('article').getByRole('heading')
    await expect(headings).toHaveText([
      'Met Police roll out facial recognition technology to tackle London’s shoplifting',
      'Revealed: Home Office secretly lobbied for facial recognition ‘spy’ company',
      'UK government seeks expanded use of AI-based facial recognition by police',
      'Home Office secretly backs facial recognition technology to curb shoplifting',
      'Home Office pushes for more police facial-recognition deployments',
    ])
    await expect(page.getByRole('article').first()).toContainText('Business Matters')
  },
)

test('the feed shows the real corpus', { tag: '@corpus-only' }, async ({ page }) => {
  await page.goto('/')
  await expect(feedStatus(page)).toHaveText('242 articles')
})

/** Titles of the cards on the page that break `rule` (expected: none). */
async function cardsBreaking(
  page: Page,
  rule: (card: Awaited<ReturnType<typeof cardFacts>>[number]) => boolean,
) {
  return (await cardFacts(page)).filter((c) => !rule(c)).map((c) => c.title)
}

test('filter by topic, add a source, remove its chip, and go Back', async ({ page }) => {
  const site = projectData()
  const { facets } = site
  const topic = narrowingTopic(facets)
  // The source with the most stories on that topic.
  const perProvider = new Map<number, number>()
  for (const c of site.cards.filter((c) => c.topics.includes(topic.id))) {
    perProvider.set(c.provider, (perProvider.get(c.provider) ?? 0) + 1)
  }
  const [providerId, both] = [...perProvider].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]!
  const provider = facets.providers[providerId]!
  const params = (url: URL) => ({
    topic: url.searchParams.getAll('topic'),
    source: url.searchParams.getAll('source'),
  })

  await page.goto('/')
  await expectCount(page, countText(facets.articleCount))
  const topics = filterAside(page).getByRole('group', { name: 'Topics' })
  const sources = filterAside(page).getByRole('group', { name: 'Sources' })

  // A topic: the URL names it, the count is the checkbox's, every card carries the tag.
  const topicBox = await revealOption(topics, topic.name)
  const topicCount = await checkboxCount(topicBox)
  expect(topicCount).toBe(topic.count)
  await topicBox.click()
  await expect(page).toHaveURL((url) => {
    const p = params(url)
    return p.topic.join() === topic.slug && p.source.length === 0
  })
  await expectCount(page, countText(topicCount))
  await expect(topicBox).toBeChecked()
  await expect(cards(page)).toHaveCount(Math.min(PAGE_SIZE, topicCount))
  expect(await cardsBreaking(page, (c) => c.topics.includes(topic.name))).toEqual([])

  // And a source: both facets apply.
  const sourceBox = await revealOption(sources, provider.name)
  const bothCount = await checkboxCount(sourceBox)
  expect(bothCount).toBe(both)
  await sourceBox.click()
  await expect(page).toHaveURL((url) => {
    const p = params(url)
    return p.topic.join() === topic.slug && p.source.join() === provider.domain
  })
  await expectCount(page, countText(bothCount))
  await expect(sourceBox).toBeChecked()
  await expect(cards(page)).toHaveCount(Math.min(PAGE_SIZE, bothCount))
  expect(
    await cardsBreaking(page, (c) => c.topics.includes(topic.name) && c.provider === provider.name),
  ).toEqual([])
  const chips = page.getByRole('list', { name: 'Active filters' })
  await expect(chips.getByRole('button')).toHaveText([topic.name, provider.name])

  // Removing the source's chip returns to the topic-only view.
  await chips.getByRole('button', { name: `Remove source filter: ${provider.name}` }).click()
  await expect(page).toHaveURL((url) => {
    const p = params(url)
    return p.topic.join() === topic.slug && p.source.length === 0
  })
  await expectCount(page, countText(topicCount))
  await expect(sourceBox).not.toBeChecked()
  await expect(topicBox).toBeChecked()
  await expect(chips.getByRole('button')).toHaveText([topic.name])

  // Back restores the topic-and-source view: URL, checkboxes and count.
  await page.goBack()
  await expect(page).toHaveURL((url) => {
    const p = params(url)
    return p.topic.join() === topic.slug && p.source.join() === provider.domain
  })
  await expectCount(page, countText(bothCount))
  await expect(topicBox).toBeChecked()
  await expect(sourceBox).toBeChecked()

  // Back twice more: the topic alone, then the whole feed.
  await page.goBack()
  await expectCount(page, countText(topicCount))
  await expect(sourceBox).not.toBeChecked()
  await page.goBack()
  await expect(page).toHaveURL((url) => url.pathname === '/' && url.search === '')
  await expectCount(page, countText(facets.articleCount))
  await expect(topics.getByRole('checkbox', { checked: true })).toHaveCount(0)
  await expect(chips).toHaveCount(0)
})

test('topics are OR-ed and AND-ed with a source, as in the example URL', async ({ page }) => {
  const site = projectData()
  const guardian = site.provider('theguardian.com')
  const wanted = [site.topic('ai'), site.topic('computer-vision')]
  const expected = site.cards.filter(
    (c) => c.provider === guardian.id && c.topics.some((t) => wanted.some((w) => w.id === t)),
  )
  expect(
    expected.length,
    'the data has Guardian stories about AI or Computer Vision',
  ).toBeGreaterThan(0)

  await page.goto('/?topic=ai&topic=computer-vision&source=theguardian.com')
  await expectCount(page, countText(expected.length))
  await expect(cards(page)).toHaveCount(Math.min(PAGE_SIZE, expected.length))
  expect(
    await cardsBreaking(
      page,
      (c) => c.provider === guardian.name && c.topics.some((t) => wanted.some((w) => w.name === t)),
    ),
  ).toEqual([])
  expect((await cardFacts(page)).map((c) => c.href)).toEqual(
    expected.slice(0, PAGE_SIZE).map((c) => `/articles/${c.slug}`),
  )
  const chips = page.getByRole('list', { name: 'Active filters' }).getByRole('button')
  await expect(chips).toHaveText(['AI', 'Computer Vision', 'The Guardian'])
  const aside = filterAside(page)
  await expect(facetCheckbox(aside, 'AI')).toBeChecked()
  await expect(facetCheckbox(aside, 'Computer Vision')).toBeChecked()
  await expect(facetCheckbox(aside, 'The Guardian')).toBeChecked()

  // "Clear all" drops every filter.
  await page.getByRole('button', { name: 'Clear all', exact: true }).click()
  await expect(page).toHaveURL((url) => url.pathname === '/' && url.search === '')
  await expectCount(page, countText(site.facets.articleCount))
  await expect(page.getByRole('list', { name: 'Active filters' })).toHaveCount(0)
  await expect(aside.getByRole('checkbox', { checked: true })).toHaveCount(0)
})

test('sorting by oldest first orders the cards by ascending date', async ({ page }) => {
  const { facets } = projectData()
  await page.goto('/')
  await expectCount(page, countText(facets.articleCount))
  const sort = page.getByRole('combobox', { name: 'Sort' })
  await expect(sort).toHaveValue('newest')
  await expect(cards(page).first().locator('time')).toHaveAttribute('datetime', facets.newest!)
  const newest = (await cardFacts(page)).map((c) => c.datetime)
  expect(newest).toEqual([...newest].sort().reverse())

  await selectSort(page, 'Oldest', 'oldest')
  await expect(cards(page).first().locator('time')).toHaveAttribute('datetime', facets.oldest!)
  await expectCount(page, countText(facets.articleCount))
  const oldest = (await cardFacts(page)).map((c) => c.datetime)
  expect(oldest).toHaveLength(Math.min(PAGE_SIZE, facets.articleCount))
  expect(oldest).toEqual([...oldest].sort())
  await expect(sort).toHaveValue('oldest')
})

test('sorting by heat and by quality orders the cards by those signals', async ({ page }) => {
  const site = projectData()
  const bySlug = new Map(site.cards.map((c) => [c.slug, c]))
  await page.goto('/')
  await expectCount(page, countText(site.facets.articleCount))
  for (const [label, value, signal] of [
    ['Hottest', 'heat', 'heat'],
    ['Top quality', 'quality', 'quality'],
  ] as const) {
    // The top story can be the same in both orders (the hottest may also be the best): the
    // helper waits for the new order itself.
    await selectSort(page, label, value)
    // The most-signal story of all comes first; the page is in non-increasing order.
    const top = Math.max(...site.cards.map((c) => c[signal] ?? -Infinity))
    await expect
      .poll(async () => {
        const first = (await cardFacts(page))[0]
        return first && bySlug.get(first.href.replace('/articles/', ''))?.[signal]
      })
      .toBe(top)
    await expectCount(page, countText(site.facets.articleCount))
    const values = (await cardFacts(page)).map(
      (c) => bySlug.get(c.href.replace('/articles/', ''))?.[signal] ?? -Infinity,
    )
    expect(values).toEqual([...values].sort((a, b) => b - a))
  }
})

test('the facet lists: Show all, and the search box', async ({ page }) => {
  const { facets } = projectData()
  await page.goto('/')
  await expectCount(page, countText(facets.articleCount))
  for (const [legend, options] of [
    ['Topics', facets.topics.map((t) => t.name)],
    ['Sources', facets.providers.map((p) => p.name)],
  ] as const) {
    const group = filterAside(page).getByRole('group', { name: legend })
    const boxes = group.getByRole('checkbox')
    const showAll = group.getByRole('button', { name: `Show all ${options.length}` })
    const search = group.getByRole('searchbox', { name: `Filter ${legend.toLowerCase()}` })
    if (options.length <= 8) {
      // A short list is shown whole, without the extras.
      await expect(boxes).toHaveCount(options.length)
      await expect(showAll).toHaveCount(0)
      await expect(search).toHaveCount(0)
      continue
    }
    await expect(boxes).toHaveCount(8)
    await expect(showAll).toHaveAttribute('aria-expanded', 'false')
    await showAll.click()
    await expect(boxes).toHaveCount(options.length)
    const fewer = group.getByRole('button', { name: 'Show fewer' })
    await expect(fewer).toHaveAttribute('aria-expanded', 'true')
    await fewer.click()
    await expect(boxes).toHaveCount(8)

    // The search box finds an option beyond the first eight.
    const last = options.at(-1)!
    await expect(search).toHaveAttribute('placeholder', `Find ${legend.toLowerCase()}…`)
    await search.fill(last)
    await expect(facetCheckbox(group, last)).toBeVisible()
    await search.fill('zzzz-nothing')
    await expect(boxes).toHaveCount(0)
    await expect(group).toContainText(`No ${legend.toLowerCase()} match “zzzz-nothing”.`)
    await search.fill('')
    await expect(boxes).toHaveCount(8)
  }
})

test('pagination: 24 cards a page, page 2 shows the next ones', async ({ page }) => {
  const site = projectData()
  // One card per story cluster; the status still counts articles.
  const pageCount = Math.ceil(site.feedCards.length / PAGE_SIZE)
  await page.goto('/')
  await expectCount(page, countText(site.facets.articleCount))
  const pages = page.getByRole('navigation', { name: 'Pages' })
  if (pageCount <= 1) {
    // The bundled site fits on one page: no pagination at all.
    await expect(cards(page)).toHaveCount(site.feedCards.length)
    await expect(pages).toHaveCount(0)
    return
  }
  await expect(cards(page)).toHaveCount(PAGE_SIZE)
  await expect(pages.getByRole('link', { name: `Page ${pageCount}`, exact: true })).toBeVisible()
  await expect(pages.getByRole('link', { name: `Page ${pageCount + 1}`, exact: true })).toHaveCount(
    0,
  )
  await expect(pages.getByRole('link', { name: 'Previous' })).toHaveCount(0)
  const first = (await cardFacts(page)).map((c) => c.href)

  await pages.getByRole('link', { name: 'Page 2', exact: true }).click()
  await expect(page).toHaveURL((url) => url.searchParams.get('page') === '2')
  await expect(pages.getByRole('link', { name: 'Page 2', exact: true })).toHaveAttribute(
    'aria-current',
    'page',
  )
  await expect(cards(page).first().getByRole('heading')).toHaveText(
    site.feedCards[PAGE_SIZE]!.title,
  )
  const second = (await cardFacts(page)).map((c) => c.href)
  expect(second).toEqual(
    site.feedCards.slice(PAGE_SIZE, 2 * PAGE_SIZE).map((c) => `/articles/${c.slug}`),
  )
  expect(second.filter((href) => first.includes(href))).toEqual([])
  await expect(feedStatus(page)).toHaveText(countText(site.facets.articleCount))

  await pages.getByRole('link', { name: 'Next' }).click()
  await expect(page).toHaveURL((url) => url.searchParams.get('page') === '3')
  await expect(cards(page).first().getByRole('heading')).toHaveText(
    site.feedCards[2 * PAGE_SIZE]!.title,
  )
  await pages.getByRole('link', { name: 'Previous' }).click()
  await expect(page).toHaveURL((url) => url.searchParams.get('page') === '2')

  // A filter change starts again from page 1.
  await page.getByRole('combobox', { name: 'Sort' }).selectOption({ label: 'Oldest' })
  await expect(page).toHaveURL(
    (url) => url.searchParams.get('sort') === 'oldest' && !url.searchParams.has('page'),
  )
  await expect(pages.getByRole('link', { name: 'Page 1', exact: true })).toHaveAttribute(
    'aria-current',
    'page',
  )
  await expect(cards(page).first().locator('time')).toHaveAttribute('datetime', site.facets.oldest!)
  await page.goBack()
  await expect(page).toHaveURL((url) => url.searchParams.get('page') === '2')
  await expect(cards(page).first().getByRole('heading')).toHaveText(
    site.feedCards[PAGE_SIZE]!.title,
  )

  await pages.getByRole('link', { name: `Page ${pageCount}`, exact: true }).click()
  await expect(page).toHaveURL((url) => url.searchParams.get('page') === String(pageCount))
  const rest = site.feedCards.length - (pageCount - 1) * PAGE_SIZE
  await expect(cards(page)).toHaveCount(rest)
  await expect(pages.getByRole('link', { name: 'Next' })).toHaveCount(0)
})

test('Back from a story restores the scroll position of the feed', async ({ page }) => {
  const { facets } = projectData()
  const onPage2 = facets.articleCount > PAGE_SIZE
  // Offline: every picture fails, and its card becomes a text card (see openStoryAndGoBack).
  await routeImages(page, 'fail')
  // A short window, so that even five text cards (images failing offline) reach below the fold.
  if (!onPage2) await page.setViewportSize({ width: 1280, height: 420 })
  await page.goto(onPage2 ? '/?page=2' : '/')
  await expectCount(page, countText(facets.articleCount))
  const shown = Math.min(PAGE_SIZE, facets.articleCount - (onPage2 ? PAGE_SIZE : 0))
  const card = cards(page).nth(Math.min(shown - 1, 16))
  const headline = card.getByRole('heading').getByRole('link')
  const title = (await headline.textContent())!.trim()
  await openStoryAndGoBack(page, headline, title)
  if (onPage2) expect(new URL(page.url()).searchParams.get('page')).toBe('2')
})

test('malformed and unknown parameters render the normal feed', async ({ page }) => {
  const site = projectData()
  for (const search of [
    '?topic=%3Cscript%3E&sort=bogus&page=-1',
    '?topic=no-such-topic&source=nope.example&source=not%20a%20domain&page=abc&sort=',
  ]) {
    await page.goto(`/${search}`)
    await expectCount(page, countText(site.facets.articleCount))
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Latest stories')
    await expect(page.getByRole('combobox', { name: 'Sort' })).toHaveValue('newest')
    await expect(page.getByRole('list', { name: 'Active filters' })).toHaveCount(0)
    await expect(cards(page).first().getByRole('heading')).toHaveText(site.cards[0]!.title)
    await expect(cards(page)).toHaveCount(Math.min(PAGE_SIZE, site.facets.articleCount))
    await expect(filterAside(page).getByRole('checkbox', { checked: true })).toHaveCount(0)
  }
})

test('a filter with no match shows the empty state; Clear all filters restores', async ({
  page,
}) => {
  const site = projectData()
  const { facets } = site
  // The biggest topic and source that never meet.
  const pairs = facets.topics.flatMap((t) =>
    facets.providers
      .filter((p) => !site.cards.some((c) => c.provider === p.id && c.topics.includes(t.id)))
      .map((p) => ({ topic: t, provider: p })),
  )
  pairs.sort((a, b) => b.topic.count + b.provider.count - (a.topic.count + a.provider.count))
  const pair = pairs[0]
  expect(pair, 'some topic and source have no story in common').toBeDefined()
  const { topic, provider } = pair!

  await page.goto(`/?topic=${topic.slug}&source=${provider.domain}`)
  await expect(page.getByRole('heading', { name: 'No stories match these filters' })).toBeVisible()
  await expect(feedStatus(page)).toHaveText(countText(0))
  await expect(cards(page)).toHaveCount(0)
  await expect(page.getByRole('main')).toContainText(
    `Nothing in this collection is about ${topic.name} from ${provider.name}.`,
  )

  await page.getByRole('button', { name: 'Clear all filters' }).click()
  await expect(page).toHaveURL((url) => url.pathname === '/' && url.search === '')
  await expectCount(page, countText(facets.articleCount))
  await expect(page.getByRole('heading', { name: 'No stories match these filters' })).toHaveCount(0)
  await expect(cards(page).first()).toBeVisible()
})

test('a topic tag on a card filters the feed by that topic', async ({ page }) => {
  const site = projectData()
  const first = site.cards[0]!
  // The first card's narrowest topic.
  const topic = first.topics
    .map((id) => site.facets.topics[id]!)
    .sort((a, b) => a.count - b.count)[0]!

  await page.goto('/')
  await expectCount(page, countText(site.facets.articleCount))
  await cards(page)
    .first()
    .getByRole('list', { name: 'Topics' })
    .getByRole('link', { name: topic.name, exact: true })
    .click()
  await expect(page).toHaveURL(
    (url) => url.searchParams.getAll('topic').join() === topic.slug && url.pathname === '/',
  )
  await expectCount(page, countText(topic.count))
  await expect(facetCheckbox(filterAside(page), topic.name)).toBeChecked()
  await expect(
    page.getByRole('button', { name: `Remove topic filter: ${topic.name}` }),
  ).toBeVisible()
  await expect(cards(page)).toHaveCount(Math.min(PAGE_SIZE, topic.count))
  expect(await cardsBreaking(page, (c) => c.topics.includes(topic.name))).toEqual([])
})
