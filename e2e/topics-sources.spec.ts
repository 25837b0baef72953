import { expect, test, type Page } from '@playwright/test'
import { countText, escapeRegExp, narrowingTopic } from './support/data.ts'
import { PAGE_SIZE } from '../src/shared/feed-params.ts'
import { projectData } from './support/project.ts'
import { cardFacts, cards, expectCount, facetCheckbox, filterAside } from './support/feed.ts'

/** The links of the page's main list: accessible text and href. */
/** The links of the index page's list (`All topics`, `All sources`). */
const listLinks = (page: Page, name: string) =>
  page
    .getByRole('main')
    .getByRole('list', { name })
    .getByRole('link')
    .evaluateAll((links) =>
      links.map((a) => ({
        text: (a.textContent ?? '').replace(/\s+/g, ' ').trim(),
        href: a.getAttribute('href'),
      })),
    )

/** Goes from the feed to a section through the header's Sections menu; checks its heading and title. */
async function openSection(page: Page, name: 'Topics' | 'Sources') {
  await page.goto('/')
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name }).click()
  await expect(page).toHaveURL((url) => url.pathname === `/${name.toLowerCase()}`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name)
  await expect(page).toHaveTitle(`${name} — Broadsheet`)
}

test('Topics lists every topic with its count, and a topic page shows its feed', async ({
  page,
}) => {
  const site = projectData()
  const { facets } = site
  await openSection(page, 'Topics')
  expect(await listLinks(page, 'All topics')).toEqual(
    facets.topics.map((t) => ({
      text: `${t.name}${t.count} ${t.count === 1 ? 'article' : 'articles'}`,
      href: `/topics/${t.slug}`,
    })),
  )

  // The search box narrows the list.
  const topic = narrowingTopic(facets)
  await page.getByRole('searchbox', { name: 'Filter topics' }).fill(topic.name.toLowerCase())
  await expect(
    page
      .getByRole('main')
      .getByRole('link', { name: new RegExp(`^${escapeRegExp(topic.name)} ?\\d`) }),
  ).toBeVisible()
  const shown = await listLinks(page, 'All topics')
  expect(shown.every((l) => l.text.toLowerCase().includes(topic.name.toLowerCase()))).toBe(true)

  await page
    .getByRole('main')
    .getByRole('link', { name: new RegExp(`^${escapeRegExp(topic.name)} ?\\d`) })
    .click()
  await expect(page).toHaveURL((url) => url.pathname === `/topics/${topic.slug}`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(topic.name)
  await expect(page).toHaveTitle(`${topic.name} — Broadsheet`)
  const sources = page.getByRole('list', { name: 'Most frequent sources' }).getByRole('link')
  await expect(sources).toHaveCount(topic.topProviders.length)
  for (const [i, id] of topic.topProviders.entries()) {
    // Named by the provider alone: the logo or monogram beside it is decorative.
    await expect(sources.nth(i)).toHaveAccessibleName(facets.providers[id]!.name)
    await expect(sources.nth(i)).toHaveAttribute('href', `/sources/${facets.providers[id]!.domain}`)
  }
  await expectCount(page, countText(topic.count))
  await expect(cards(page)).toHaveCount(Math.min(PAGE_SIZE, topic.count))
  expect(
    (await cardFacts(page)).filter((c) => !c.topics.includes(topic.name)).map((c) => c.title),
  ).toEqual([])
  // The page's own topic is not a filter choice.
  await expect(facetCheckbox(filterAside(page), topic.name)).toHaveCount(0)
})

test('Sources lists every source with its count, and a source page shows its feed', async ({
  page,
}) => {
  const site = projectData()
  const { facets } = site
  await openSection(page, 'Sources')
  const links = await listLinks(page, 'All sources')
  expect(links.map((l) => l.href)).toEqual(facets.providers.map((p) => `/sources/${p.domain}`))
  // Logo or monogram, name, domain, count ("The Guardian theguardian.com 2 articles").
  for (const [i, p] of facets.providers.entries()) {
    const count = `${p.count} ${p.count === 1 ? 'article' : 'articles'}`
    expect(links[i]!.text).toMatch(
      new RegExp(`${escapeRegExp(p.name)}${escapeRegExp(p.domain)}${count}$`),
    )
  }

  const provider = facets.providers[0]!
  await page
    .getByRole('main')
    .getByRole('link', {
      name: new RegExp(`^${escapeRegExp(provider.name)} ?${escapeRegExp(provider.domain)}`),
    })
    .click()
  await expect(page).toHaveURL((url) => url.pathname === `/sources/${provider.domain}`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(provider.name)
  await expect(page).toHaveTitle(`${provider.name} — Broadsheet`)
  const topics = page.getByRole('list', { name: 'Most frequent topics' }).getByRole('link')
  await expect(topics).toHaveText(provider.topTopics.map((id) => facets.topics[id]!.name))
  for (const [i, id] of provider.topTopics.entries()) {
    await expect(topics.nth(i)).toHaveAttribute('href', `/topics/${facets.topics[id]!.slug}`)
  }
  await expectCount(page, countText(provider.count))
  await expect(cards(page)).toHaveCount(Math.min(PAGE_SIZE, provider.count))
  expect(
    (await cardFacts(page)).filter((c) => c.provider !== provider.name).map((c) => c.title),
  ).toEqual([])
  // No source choice on a source's own page.
  await expect(filterAside(page).getByRole('group', { name: 'Sources' })).toHaveCount(0)
})

for (const path of [
  '/nope',
  '/articles/does-not-exist',
  // A slug that is also an Object.prototype property name.
  '/articles/constructor',
  '/topics/nope',
  '/sources/nope.example',
]) {
  test(`${path} is not found, with a way back`, async ({ page }) => {
    const { facets } = projectData()
    await page.goto(path)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/not found/i)
    await expect(page).toHaveTitle('Not found — Broadsheet')
    // Inside the normal layout.
    await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible()
    await expect(page.getByRole('contentinfo')).toBeVisible()
    await page.getByRole('link', { name: 'Back to the latest stories' }).click()
    await expect(page).toHaveURL((url) => url.pathname === '/' && url.search === '')
    await expectCount(page, countText(facets.articleCount))
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Latest stories')
  })
}

test('deep links survive a reload: a story, a filtered feed and a source page', async ({
  page,
}) => {
  const site = projectData()
  const story = site.article(site.cards[Math.min(2, site.cards.length - 1)]!.slug)
  await page.goto(`/articles/${story.slug}`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(story.title)
  await page.reload()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(story.title)
  await expect(page).toHaveTitle(`${story.title} — Broadsheet`)

  // A filtered, sorted feed: a topic and the source of its newest story.
  const card = site.cards.find((c) => c.topics.length > 1) ?? site.cards[0]!
  const topic = site.facets.topics[card.topics.at(-1)!]!
  const provider = site.facets.providers[card.provider]!
  const count = site.cards.filter(
    (c) => c.provider === provider.id && c.topics.includes(topic.id),
  ).length
  await page.goto(`/?topic=${topic.slug}&source=${provider.domain}&sort=oldest`)
  await expectCount(page, countText(count))
  await page.reload()
  await expectCount(page, countText(count))
  await expect(facetCheckbox(filterAside(page), topic.name)).toBeChecked()
  await expect(facetCheckbox(filterAside(page), provider.name)).toBeChecked()
  await expect(page.getByRole('combobox', { name: 'Sort' })).toHaveValue('oldest')
  await expect(page.getByRole('list', { name: 'Active filters' }).getByRole('button')).toHaveText([
    topic.name,
    provider.name,
  ])

  await page.goto(`/sources/${provider.domain}`)
  await page.reload()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(provider.name)
  await expectCount(page, countText(provider.count))
})
