import { expect, test } from '@playwright/test'
import { escapeRegExp, type Card } from './support/data.ts'
import { cardFacts, cards, expectCount, openFeed, selectSort } from './support/feed.ts'
import { countText } from './support/data.ts'
import { projectData } from './support/project.ts'

/*
 * The Rising order and rising topics, checked against the formula worked out again here (not
 * the app's module), from the built cards: recent = the 30 days up to the newest story,
 * history = the 180 days before; weight = 1 + heat's place in the collection; a topic's rise =
 * (recent weights + 1) / (history weights per 30 days + 1); a recent story's score = weight ×
 * its topics' highest rise, an older one's 0. And a source page's topic mix.
 */

function oracle(site: ReturnType<typeof projectData>) {
  const { cards, facets } = site
  const scale = facets.heatScale
  const weight = (c: Card) => {
    if (c.heat === undefined || c.heat < 0 || scale.length === 0) return 1
    // The facet index keeps whole numbers; the cuts are in ascending order.
    const heat = Math.round(c.heat)
    return 1 + (scale.filter((cut) => heat > cut).length * 5) / 100
  }
  // Minutes, as the facet index keeps them.
  const minute = (c: Card) => Math.floor(Date.parse(c.date) / 60_000)
  const now = minute(cards[0]!)
  const recentFrom = now - 30 * 24 * 60
  const historyFrom = recentFrom - 180 * 24 * 60
  const recent = new Map<number, number>()
  const history = new Map<number, number>()
  for (const c of cards) {
    const m = minute(c)
    if (m <= historyFrom) break
    const into = m > recentFrom ? recent : history
    for (const t of c.topics) into.set(t, (into.get(t) ?? 0) + weight(c))
  }
  // The history there is: six months, or less in a young collection.
  const oldest = minute(cards.at(-1)!)
  const historyDays = Math.max(0, recentFrom - Math.max(historyFrom, oldest)) / (24 * 60)
  const windows = historyDays / 30
  const rise = (t: number) =>
    ((recent.get(t) ?? 0) + 1) / (windows > 0 ? (history.get(t) ?? 0) / windows + 1 : 1)
  const score = (c: Card) =>
    minute(c) > recentFrom ? weight(c) * Math.max(0, ...c.topics.map(rise)) : 0
  const order = [...cards].sort((a, b) => score(b) - score(a) || a.id - b.id)
  const topics = facets.topics
    .map((t) => ({ topic: t, rise: rise(t.id), recent: recent.get(t.id) ?? 0 }))
    .filter((t) => t.rise > 1 && t.recent >= 2)
    .sort((a, b) => b.rise - a.rise || a.topic.id - b.topic.id)
    .slice(0, 5)
  return {
    order,
    topics,
    historyDays,
    recentCount: cards.filter((c) => minute(c) > recentFrom).length,
  }
}

test('Rising orders the recent stories by heat times their topics’ rise, and says so', async ({
  page,
}) => {
  const site = projectData()
  const { order, recentCount, historyDays } = oracle(site)
  const history =
    historyDays >= 45 ? `${Math.round(historyDays / 30)} months` : `${Math.round(historyDays)} days`
  await openFeed(page, '/')
  await selectSort(page, 'Rising', 'rising')
  await expectCount(page, countText(site.facets.articleCount))
  await expect(page.getByRole('main')).toContainText(
    new RegExp(
      `Rising: the stories of the 30 days up to the newest one \\([A-Z][a-z]{2} \\d{1,2}, \\d{4}\\), ranked by their heat times how much more often their topics came up than in the ${history} before; older stories follow, newest first\\.`,
    ),
  )
  const expected = site.collapse(order).slice(0, 24)
  await expect(cards(page)).toHaveCount(expected.length)
  const shown = (await cardFacts(page)).map((c) => c.href)
  expect(shown).toEqual(expected.map((c) => `/articles/${c.slug}`))
  expect(recentCount, 'some stories are recent').toBeGreaterThan(0)
})

test('the topics page lists the rising topics, each opening its Rising feed', async ({ page }) => {
  const site = projectData()
  const { topics } = oracle(site)
  await page.goto('/topics')
  const section = page.getByRole('region', { name: 'Rising' })
  if (topics.length === 0) {
    await expect(page.getByRole('heading', { level: 1, name: 'Topics' })).toBeVisible()
    await expect(section).toHaveCount(0)
    return
  }
  const links = section.getByRole('link')
  await expect(links).toHaveCount(topics.length)
  for (const [i, t] of topics.entries()) {
    await expect(links.nth(i)).toHaveAccessibleName(
      new RegExp(`^${escapeRegExp(t.topic.name)}\\s+${t.rise.toFixed(1)} times its usual rate$`),
    )
    await expect(links.nth(i)).toContainText(`×${t.rise.toFixed(1)}`)
  }
  await links.first().click()
  await expect(page).toHaveURL(
    (url) =>
      url.pathname === `/topics/${topics[0]!.topic.slug}` &&
      url.searchParams.get('sort') === 'rising',
  )
  await expectCount(page, countText(topics[0]!.topic.count))
})

test('a source page shows its topic mix: each top topic’s share of its stories', async ({
  page,
}) => {
  const site = projectData()
  const provider = site.facets.providers[0]!
  await page.goto(`/sources/${provider.domain}`)
  await expectCount(page, countText(provider.count))
  const mix = page.getByRole('list', { name: 'Most frequent topics' })
  await expect(mix.getByRole('listitem')).toHaveText(
    provider.topTopics.map(
      (t, i) =>
        `${site.facets.topics[t]!.name}${Math.round((provider.topTopicCounts![i]! / provider.count) * 100)}% of its stories`,
    ),
  )
  // The link is the topic's name alone.
  await expect(mix.getByRole('link').first()).toHaveAccessibleName(
    site.facets.topics[provider.topTopics[0]!]!.name,
  )
})
