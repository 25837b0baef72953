import { expect, test, type Page, type Request } from '@playwright/test'
import { countText, words } from './support/data.ts'
import { PAGE_SIZE } from '../src/shared/feed-params.ts'
import { project, projectData, projectDocs } from './support/project.ts'
import {
  hasExactWord,
  hasPhrase,
  hasTopic,
  hasWord,
  matchesWord,
  type Doc,
  firstOfEachCluster,
} from './support/search.ts'
import {
  cardFacts,
  cards,
  expectCount,
  facetCheckbox,
  feedStatus,
  filterAside,
  openFeed,
  searchBox,
  selectSort,
} from './support/feed.ts'
import { throttleCpuFromEnv } from './support/throttle.ts'

throttleCpuFromEnv()

/*
 * The header search, against whatever articles the project's site was built with. Expected
 * results come from the oracle in support/search.ts over the built data files, never from the
 * app's own engine or index.
 */

/** Levenshtein distance: how far a typo is from the word it stands for. */
function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const row = [i]
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(
        prev[j]! + 1,
        row[j - 1]! + 1,
        prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      )
    }
    prev = row
  }
  return prev[b.length]!
}

// ---------------------------------------------------------------------------------------------
// The page.

const chips = (page: Page) => page.getByRole('list', { name: 'Active filters' })
/** The search's chip: the text in quotes, unless it has quotes of its own. */
const chipLabel = (q: string) => (q.includes('"') ? q : `“${q}”`)
const searchChip = (page: Page, q: string) =>
  chips(page).getByRole('button', { name: `Remove search filter: ${chipLabel(q)}`, exact: true })
const sortSelect = (page: Page) => page.getByRole('combobox', { name: 'Sort' })

/** The feed URL's search text (`null` without one). */
const urlQ = (url: URL) => (url.pathname === '/' ? url.searchParams.get('q') : undefined)

/**
 * Waits for the feed to show the search `q` (URL, chip, count), then checks that the cards on
 * the page are exactly the expected ones (all of them when they fit on one page).
 */
async function expectResults(page: Page, q: string, expected: Doc[]) {
  // The chip is rendered from the URL with the cards of the same view: once it names q, the
  // URL has q and the cards are q's. It can take a while: the first search loads the index.
  await expect(searchChip(page, q)).toBeVisible({ timeout: 15_000 })
  expect(urlQ(new URL(page.url())), 'the URL has the search').toBe(q)
  await expect(feedStatus(page)).toHaveText(countText(expected.length))
  const wanted = new Set(expected.map((d) => `/articles/${d.slug}`))
  const shown = (await cardFacts(page)).map((c) => c.href)
  // One card per story cluster; the count above is of articles.
  expect(shown, `cards for ${q}`).toHaveLength(
    Math.min(PAGE_SIZE, firstOfEachCluster(expected).length),
  )
  expect(
    shown.filter((href) => !wanted.has(href)),
    `cards for ${q} that do not match it`,
  ).toEqual([])
  return shown
}

/** Types a search into the header box and checks the results against the oracle. */
async function search(page: Page, q: string, expected: Doc[]) {
  await searchBox(page).fill(q)
  return expectResults(page, q, expected)
}

/** The texts of the `<mark>`s in the cards' headlines and excerpts. */
const markTexts = (page: Page) => cards(page).locator('mark').allTextContents()

const isSearchRequest = (url: string) =>
  /\/search\/\w+\.json(\?|$)|\/search-(client|worker)[^/]*\.js(\?|$)/.test(url)

/** Runs the test in one project only (`bundled` or `corpus`). */

test('nothing of search loads before the first search; / focuses the box; a prefix finds the longer word', async ({
  page,
}) => {
  const site = projectData()
  const docs = projectDocs()
  const requested: string[] = []
  page.context().on('request', (r: Request) => void requested.push(r.url()))
  const searchFiles = () => requested.filter(isSearchRequest)

  // The feed, then a filter (which needs the facet index, prefetched after the first cards).
  const indexLoaded = page.waitForResponse((r) => /\/index\.bin$/.test(r.url()))
  await openFeed(page, '/')
  await indexLoaded
  await page.getByRole('checkbox').first().click()
  await expect(page).toHaveURL((url) => url.searchParams.has('topic'))
  await expect(filterAside(page).getByRole('checkbox').first()).toBeChecked()
  await page.goBack()
  await expect(page).toHaveURL((url) => url.search === '')
  await expect(filterAside(page).getByRole('checkbox').first()).not.toBeChecked()
  expect(
    requested.some((u) => /\/facets\.json$/.test(u)),
    'requests are logged',
  ).toBe(true)
  expect(searchFiles(), 'search files fetched before any search').toEqual([])

  // `/` typed into another field stays there; anywhere else it focuses the search box.
  const box = searchBox(page)
  const facetFilter = filterAside(page).getByRole('searchbox').first()
  if ((await facetFilter.count()) > 0) {
    await facetFilter.fill('x')
    await page.keyboard.press('/')
    await expect(facetFilter).toHaveValue('x/')
    await expect(box).not.toBeFocused()
    await facetFilter.fill('')
  }
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
  await page.keyboard.press('/')
  await expect(box).toBeFocused()
  await expect(box).toHaveValue('')
  expect(searchFiles(), 'search files fetched on focus').toEqual([])

  // A prefix finds the longer word: "goog" → Google, "shoplift" → shoplifting.
  const word = project() === 'bundled' ? 'shoplift' : 'goog'
  const expected = docs.filter((d) => hasWord(d, word))
  expect(expected.length, `the data has stories matching "${word}"`).toBeGreaterThan(0)
  // Filled at once, so one search is sent: typed key by key on a busy machine, the pauses
  // between keys can outlast the box's typing pause and send searches for shorter prefixes,
  // whose chunks (a split two-letter group, all of it) would be fetched too.
  await box.fill(word)
  await expectResults(page, word, expected)
  await expect(box).toHaveValue(word)
  await expect(box).toBeFocused()
  // The index's manifest and the one chunk of the word's first two letters, nothing more.
  const indexFiles = requested.flatMap((u) => /\/search\/(\w+)\.json$/.exec(u)?.[1] ?? [])
  expect(indexFiles.sort()).toEqual([expect.stringMatching(/^\d+$/), 'index'])
  expect(requested.filter((u) => /\/search-worker[^/]*\.js$/.test(u))).toHaveLength(1)

  // Best match is the order while searching; the matched words are marked, whole.
  await expect(sortSelect(page).locator('option:checked')).toHaveText('Best match')
  const marks = await markTexts(page)
  expect(marks.length, 'matched words are marked').toBeGreaterThan(0)
  for (const m of marks) expect(words(m).join(' ')).toMatch(new RegExp(`^${word}\\w+$`))

  // One search, one history entry: Back leaves it.
  await page.goBack()
  await expect(page).toHaveURL((url) => url.pathname === '/' && url.search === '')
  await expectCount(page, countText(site.facets.articleCount))
  await expect(box).toHaveValue('')
  await expect(chips(page)).toHaveCount(0)
})

test('phrases, exclusions and the source: and topic: operators', async ({ page }) => {
  const docs = projectDocs()
  const guardian = 'theguardian.com'
  const nlp = 'natural-language-processing'
  const cases: [string, (d: Doc) => boolean][] = [
    ['"facial recognition"', (d) => hasPhrase(d, 'facial recognition')],
    [
      `"facial recognition" source:${guardian}`,
      (d) => hasPhrase(d, 'facial recognition') && d.provider.domain === guardian,
    ],
    [
      `facial -police -topic:${nlp}`,
      (d) => hasWord(d, 'facial') && !hasExactWord(d, 'police') && !hasTopic(d, nlp),
    ],
    [
      'technology -"facial recognition"',
      (d) => hasWord(d, 'technology') && !hasPhrase(d, 'facial recognition'),
    ],
    [
      `topic:computer-vision -source:${guardian}`,
      (d) => hasTopic(d, 'computer-vision') && d.provider.domain !== guardian,
    ],
  ]
  await openFeed(page, '/')
  const counts: Record<string, number> = {}
  for (const [q, rule] of cases) {
    const expected = docs.filter(rule)
    counts[q] = expected.length
    await search(page, q, expected)
    if (q === `"facial recognition" source:${guardian}` && project() === 'bundled') {
      // Spelled out, so that the bundled articles prove the search without any oracle.
      expect((await cards(page).getByRole('heading').allTextContents()).sort()).toEqual([
        'Home Office secretly backs facial recognition technology to curb shoplifting',
        'Revealed: Home Office secretly lobbied for facial recognition ‘spy’ company',
      ])
    }
    if (q.startsWith('facial -police')) {
      // A word the data has is not stretched to its neighbours: "facial" marks no "racial".
      const marks = await markTexts(page)
      expect(marks.length).toBeGreaterThan(0)
      for (const m of marks) expect(words(m).join(' ')).toMatch(/^facial/)
    }
  }
  // The oracle's numbers themselves, and the operators narrowing for real.
  const known: Record<string, Record<string, number>> = {
    bundled: { '"facial recognition"': 5, [`"facial recognition" source:${guardian}`]: 2 },
    corpus: { '"facial recognition"': 13, [`"facial recognition" source:${guardian}`]: 1 },
  }
  expect(counts).toMatchObject(known[project()] ?? {})
  expect(counts[`facial -police -topic:${nlp}`]).toBeLessThan(
    docs.filter((d) => hasWord(d, 'facial')).length,
  )
  expect(counts[`topic:computer-vision -source:${guardian}`]).toBeLessThan(
    docs.filter((d) => hasTopic(d, 'computer-vision')).length,
  )
})

test('provider names and topics are searched; a typo in an unknown word is forgiven', async ({
  page,
}) => {
  const docs = projectDocs()
  await openFeed(page, '/')
  // "guardian" is in a provider's name, "vision" in a topic's.
  for (const word of ['guardian', 'vision']) {
    const expected = docs.filter((d) => hasWord(d, word))
    expect(
      expected.some((d) => !matchesWord([...d.fields.title, ...d.fields.excerpt], word)),
      `some "${word}" stories have it only in the provider or topics`,
    ).toBe(true)
    await search(page, word, expected)
  }

  // A typo in a word the data does not have finds the words one or two edits away that start
  // with the same two letters, and the marks show those words.
  const typo = 'recogniton'
  expect(
    docs.filter((d) => hasWord(d, typo)),
    'the typo is no word of the data',
  ).toEqual([])
  await search(
    page,
    typo,
    docs.filter((d) =>
      d.all.some((t) => t.startsWith(typo.slice(0, 2)) && editDistance(t, typo) <= 2),
    ),
  )
  await expect(searchBox(page)).toHaveValue(typo)
  const marks = (await markTexts(page)).map((m) => words(m).join(' '))
  expect(marks).toContain('recognition')
  for (const m of marks) expect(editDistance(m, typo), m).toBeLessThanOrEqual(2)
})

test(
  'title hits come first; matched words are marked; the text stays text',
  { tag: '@corpus-only' },
  async ({ page }) => {
    const docs = projectDocs()
    const word = 'technology'
    const expected = docs.filter((d) => hasWord(d, word))
    const inTitle = new Set(
      expected.filter((d) => matchesWord(d.fields.title, word)).map((d) => `/articles/${d.slug}`),
    )
    expect(inTitle.size, 'some stories have the word in the title').toBeGreaterThan(0)
    expect(inTitle.size, 'some stories have the word elsewhere only').toBeLessThan(
      Math.min(PAGE_SIZE, expected.length),
    )
    const dialogs: string[] = []
    page.on('dialog', (d) => {
      dialogs.push(d.message())
      void d.dismiss()
    })

    await openFeed(page, `/?q=${word}`)
    const shown = await expectResults(page, word, expected)
    // Title hits first, whatever the order among them: one card per story cluster, and a
    // cluster with a title hit is shown by one (it ranks above the cluster's other articles).
    const titleClusters = firstOfEachCluster(
      expected.filter((d) => matchesWord(d.fields.title, word)),
    ).length
    expect(shown.map((href) => inTitle.has(href))).toEqual(shown.map((_, i) => i < titleClusters))

    // Each headline reads as its plain title; one with the word marks it, and holds nothing else.
    const bySlug = new Map(docs.map((d) => [`/articles/${d.slug}`, d]))
    const headlines = await cards(page)
      .getByRole('heading')
      .getByRole('link')
      .evaluateAll((links) =>
        links.map((el) => ({
          text: el.textContent,
          tags: [...el.querySelectorAll('*')].map((e) => e.localName),
          marks: [...el.querySelectorAll('mark')].map((e) => e.textContent ?? ''),
        })),
      )
    headlines.forEach(({ text, tags, marks }, i) => {
      const href = shown[i]!
      expect(text).toBe(bySlug.get(href)!.title)
      expect(tags, href).toEqual(marks.map(() => 'mark'))
      expect(marks.length > 0, `${text} marks "${word}"`).toBe(inTitle.has(href))
      for (const m of marks) expect(words(m).join(' ')).toMatch(new RegExp(`^${word}`))
    })

    // Markup typed into the box is shown as typed, never parsed or run.
    const html = '<img src=x onerror=alert(1)><b>zzyzx</b>'
    await searchBox(page).fill(html)
    await expect(page).toHaveURL((url) => urlQ(url) === html)
    await expect(searchChip(page, html)).toHaveText(`“${html}”`)
    await expect(feedStatus(page)).toHaveText(countText(0))
    await expect(page.getByRole('main')).toContainText(
      `Nothing in this collection matches “${html}”.`,
    )
    await expect(page.locator('b, img[src="x"]')).toHaveCount(0)
    expect(dialogs).toEqual([])
  },
)

test(
  'from a story page: search, refine, empty the box; Back and Forward walk it back',
  { tag: '@bundled-only' },
  async ({ page }) => {
    const site = projectData()
    const docs = projectDocs()
    const story = site.cards[3]!
    const first = 'facial'
    const refined = 'facial home office'
    const refinedDocs = docs.filter((d) => words(refined).every((w) => hasWord(d, w)))
    const box = searchBox(page)

    await page.goto(`/articles/${story.slug}`)
    const storyHeading = page.getByRole('heading', { level: 1, name: story.title })
    await expect(storyHeading).toBeVisible({ timeout: 20_000 })
    await expect(box).toHaveValue('')

    // Typing on a story page opens the feed with the search (a new history entry)…
    await page.keyboard.press('/')
    await page.keyboard.type(first)
    await expectResults(
      page,
      first,
      docs.filter((d) => hasWord(d, first)),
    )
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Latest stories')
    // …refining it replaces that entry…
    const refinedCards = await search(page, refined, refinedDocs)
    // …and emptying the box ends the search: a new entry, without q or Best match.
    await box.fill('')
    await expect(page).toHaveURL((url) => url.pathname === '/' && url.search === '')
    await expectCount(page, countText(site.facets.articleCount))
    await expect(sortSelect(page)).toHaveValue('newest')
    await expect(sortSelect(page).locator('option', { hasText: 'Best match' })).toHaveCount(0)

    // Back: the refined search, its results and its text.
    await page.goBack()
    expect(await expectResults(page, refined, refinedDocs)).toEqual(refinedCards)
    await expect(box).toHaveValue(refined)
    await expect(sortSelect(page)).toHaveValue('relevance')
    // Back again: the story (the refinement replaced the first search's entry).
    await page.goBack()
    await expect(page).toHaveURL((url) => url.pathname === `/articles/${story.slug}`)
    await expect(storyHeading).toBeVisible()
    await page.goForward()
    expect(await expectResults(page, refined, refinedDocs)).toEqual(refinedCards)
    await expect(box).toHaveValue(refined)
    await page.goForward()
    await expect(page).toHaveURL((url) => url.pathname === '/' && url.search === '')
    await expect(box).toHaveValue('')
  },
)

test(
  'Best match is the default order while searching; another order goes into the URL',
  { tag: '@bundled-only' },
  async ({ page }) => {
    const site = projectData()
    const docs = projectDocs()
    const word = 'technology'
    const expected = docs.filter((d) => hasWord(d, word))
    const sort = sortSelect(page)

    // From a URL: the box, the chip and the order follow it.
    await openFeed(page, `/?q=${word}`)
    await expectResults(page, word, expected)
    await expect(searchBox(page)).toHaveValue(word)
    await expect(sort).toHaveValue('relevance')
    await expect(sort.locator('option')).toHaveText([
      'Newest',
      'Oldest',
      'Rising',
      'Hottest',
      'Top quality',
      'Best match',
    ])

    // Another order is written into the URL and orders the same results.
    await selectSort(page, 'Oldest', 'oldest')
    expect(urlQ(new URL(page.url()))).toBe(word)
    const order = new Map(site.cards.map((c, i) => [`/articles/${c.slug}`, i]))
    const oldestFirst = expected
      .map((d) => `/articles/${d.slug}`)
      .sort((a, b) => order.get(b)! - order.get(a)!)
    await expect(cards(page).first().getByRole('heading').getByRole('link')).toHaveAttribute(
      'href',
      oldestFirst[0]!,
    )
    expect(await expectResults(page, word, expected)).toEqual(oldestFirst.slice(0, PAGE_SIZE))

    // A new search keeps an order the reader chose; Best match is still on offer.
    await search(
      page,
      'facial',
      docs.filter((d) => hasWord(d, 'facial')),
    )
    await expect(page).toHaveURL((url) => url.searchParams.get('sort') === 'oldest')
    await expect(sort).toHaveValue('oldest')
    await sort.selectOption({ label: 'Best match' })
    await expect(page).toHaveURL((url) => urlQ(url) === 'facial' && !url.searchParams.has('sort'))
    await expect(sort).toHaveValue('relevance')

    // Without a search, sort=relevance means nothing.
    await openFeed(page, '/?sort=relevance')
    await expect(sort).toHaveValue('newest')
    await expect(sort.locator('option', { hasText: 'Best match' })).toHaveCount(0)
  },
)

test('the search chip and Clear all end the search', { tag: '@bundled-only' }, async ({ page }) => {
  const site = projectData()
  const docs = projectDocs()
  const word = 'technology'
  const expected = docs.filter((d) => hasWord(d, word))
  // Soft, so that one run reports each way of clearing.
  const soon = { timeout: 2_000 }

  // The chip's remove button: no q, and no Best match without it.
  await openFeed(page, `/?q=${word}`)
  await expectResults(page, word, expected)
  await searchChip(page, word).click()
  await expect
    .soft(page, 'chip: q and Best match dropped')
    .toHaveURL((url) => url.pathname === '/' && url.search === '', soon)

  // An order the reader chose stays.
  await openFeed(page, `/?q=${word}&sort=heat`)
  await expectResults(page, word, expected)
  await searchChip(page, word).click()
  await expect
    .soft(page, 'chip: q dropped, the order kept')
    .toHaveURL((url) => url.pathname === '/' && url.search === '?sort=heat', soon)

  // Clear all drops the search with the other filters.
  const topic = site.facets.topics[0]!
  await openFeed(page, `/?q=facial&topic=${topic.slug}`)
  await page.getByRole('button', { name: 'Clear all', exact: true }).click()
  await expect
    .soft(page, 'Clear all: q dropped')
    .toHaveURL((url) => url.pathname === '/' && url.search === '', soon)
})

test(
  'a search combines with topic and source filters and their counts',
  { tag: '@corpus-only' },
  async ({ page }) => {
    const site = projectData()
    const docs = projectDocs()
    const word = 'technology'
    const found = docs.filter((d) => hasWord(d, word))
    // The topic with the most results short of all of them, and its biggest source.
    const topicCount = (slug: string) => found.filter((d) => hasTopic(d, slug)).length
    const topic = site.facets.topics
      .filter((t) => topicCount(t.slug) > 0 && topicCount(t.slug) < found.length)
      .sort((a, b) => topicCount(b.slug) - topicCount(a.slug) || a.id - b.id)[0]!
    const withTopic = found.filter((d) => hasTopic(d, topic.slug))
    const perSource = new Map<string, number>()
    for (const d of withTopic)
      perSource.set(d.provider.domain, (perSource.get(d.provider.domain) ?? 0) + 1)
    const [domain] = [...perSource].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]!
    const source = site.provider(domain)
    const both = withTopic.filter((d) => d.provider.domain === domain)

    await openFeed(page, `/?q=${word}`)
    await expectResults(page, word, found)
    const aside = filterAside(page)
    const topicBox = facetCheckbox(aside.getByRole('group', { name: 'Topics' }), topic.name)
    const sourceBox = facetCheckbox(aside.getByRole('group', { name: 'Sources' }), source.name)
    // The checkboxes count within the search.
    await expect(topicBox).toHaveAccessibleName(`${topic.name} , ${countText(withTopic.length)}`)

    await topicBox.click()
    await expect(page).toHaveURL(
      (url) => url.searchParams.get('topic') === topic.slug && urlQ(url) === word,
    )
    await expect(topicBox).toBeChecked()
    await expectResults(page, word, withTopic)
    await expect(sourceBox).toHaveAccessibleName(`${source.name} , ${countText(both.length)}`)
    await sourceBox.click()
    await expect(page).toHaveURL((url) => url.searchParams.get('source') === domain)
    await expect(sourceBox).toBeChecked()
    await expectResults(page, word, both)
    for (const c of await cardFacts(page)) {
      expect(c.topics).toContain(topic.name)
      expect(c.provider).toBe(source.name)
    }
    await expect(chips(page).getByRole('button')).toHaveText([`“${word}”`, topic.name, source.name])

    // A new search keeps the filters; emptying the box keeps them too.
    const q2 = 'facial'
    await search(
      page,
      q2,
      docs.filter((d) => hasWord(d, q2) && hasTopic(d, topic.slug) && d.provider.domain === domain),
    )
    await expect(topicBox).toBeChecked()
    await expect(sourceBox).toBeChecked()
    await searchBox(page).fill('')
    await expect(page).toHaveURL(
      (url) => !url.searchParams.has('q') && url.searchParams.get('source') === domain,
    )
    const filtered = site.cards.filter(
      (c) => c.topics.includes(topic.id) && c.provider === source.id,
    )
    await expectCount(page, countText(filtered.length))
    await expect(chips(page).getByRole('button')).toHaveText([topic.name, source.name])
  },
)

for (const from of ['the feed', 'a story page']) {
  test(
    `typing on while the first search loads is never undone, from ${from}`,
    { tag: '@bundled-only' },
    async ({ page }) => {
      let release!: () => void
      const held = new Promise<void>((resolve) => (release = resolve))
      let heldRequests = 0
      // The index's manifest, which every first search fetches before anything else.
      await page.route(/\/search\/index\.json(\?|$)/, async (route) => {
        heldRequests++
        await held
        await route.continue()
      })
      if (from === 'the feed') {
        await page.goto('/')
        await expectCount(page, countText(projectData().facets.articleCount))
      } else {
        const story = projectData().cards[2]!
        await page.goto(`/articles/${story.slug}`)
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(story.title)
      }
      const box = searchBox(page)
      await box.pressSequentially('facial')
      // The typing pause passes: the search for "facial" starts and waits for its index.
      await expect
        .poll(() => heldRequests, { message: 'the first search waits for the held index' })
        .toBe(1)
      // Typing goes on, and the search for "facial" arrives meanwhile: neither undoes the other.
      await box.pressSequentially(' recognition')
      release()
      await expect(page).toHaveURL('/?q=facial+recognition')
      await expect(box).toHaveValue('facial recognition')
      await expect(searchChip(page, 'facial recognition')).toBeVisible()
    },
  )
}
