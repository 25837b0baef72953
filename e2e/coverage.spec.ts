import { expect, test, type Page } from '@playwright/test'
import { countText, escapeRegExp, type ArticleDetail, type Card } from './support/data.ts'
import { projectData } from './support/project.ts'
import { cardFacts, cards, expectCount, feedStatus, openFeed } from './support/feed.ts'

/*
 * Story clusters: the feed shows one card per story (however many outlets reported it), with
 * "N outlets" and their logos; "Clustered" off (`cluster=0`) shows every article. A story page's
 * Full coverage lists the story, its related stories and the rest of its cluster by outlet.
 * Expectations come from the built data (support/data.ts), grouped again here.
 */

type Story = NonNullable<ArticleDetail['clusterCoverage']>[number]

/** Full coverage as the page should show it: outlets by first report, reports in time order. */
function expectedCoverage(a: ArticleDetail) {
  const self: Story = {
    title: a.title,
    date: a.date,
    url: a.url,
    provider: a.provider,
    slug: a.slug,
  }
  const seen = new Set([self.url])
  const stories = [
    self,
    ...[...a.related, ...(a.clusterCoverage ?? [])].filter(
      (s) => !seen.has(s.url) && seen.add(s.url),
    ),
  ]
  const byDate = (x?: string, y?: string) => (x && y ? x.localeCompare(y) : x ? -1 : y ? 1 : 0)
  const outlets = new Map<string, Story[]>()
  for (const s of stories)
    outlets.set(s.provider.domain, [...(outlets.get(s.provider.domain) ?? []), s])
  const groups = [...outlets.values()]
    .map((list) => list.sort((x, y) => byDate(x.date, y.date)))
    .sort((x, y) => byDate(x[0]!.date, y[0]!.date))
  const first = stories.filter((s) => s.date).sort((x, y) => byDate(x.date, y.date))[0]
  return { self, stories, groups, first }
}

const coverageAside = (page: Page) => page.getByRole('complementary', { name: /^Full coverage/ })

test('Full coverage: the story, its related stories and its cluster, by outlet, the first report marked', async ({
  page,
}) => {
  const site = projectData()
  const size = (a: ArticleDetail) => a.related.length + (a.clusterCoverage?.length ?? 0)
  const most = [...site.articles()].sort((a, b) => size(b) - size(a))[0]!
  expect(size(most), 'a story with coverage elsewhere').toBeGreaterThan(0)
  const { stories, groups, first } = expectedCoverage(most)

  await page.setViewportSize({ width: 1440, height: 900 })
  await page.goto(`/articles/${most.slug}`)
  const aside = coverageAside(page)
  await expect(aside.getByRole('heading', { level: 2 })).toHaveText(
    `Full coverage · ${stories.length} stories, ${groups.length} ${groups.length === 1 ? 'outlet' : 'outlets'}`,
  )
  // Outlets in the order they first reported; each one's reports in time order.
  await expect(aside.getByRole('heading', { level: 3 })).toHaveText(
    groups.map((g) => g[0]!.provider.name),
  )
  await expect(aside.getByRole('heading', { level: 4 })).toHaveText(
    groups.flat().map((s) => new RegExp(`^${escapeRegExp(s.title)}`)),
  )
  // The first report, marked once and named up top; this story, marked and not a link.
  if (first) {
    await expect(aside.getByText('First report', { exact: true })).toHaveCount(1)
    await expect(aside).toContainText(`First reported by ${first.provider.name}`)
    const firstReport = aside.getByRole('listitem').filter({ hasText: 'First report' }).last()
    await expect(firstReport.getByRole('heading', { level: 4 })).toHaveText(
      new RegExp(`^${escapeRegExp(first.title)}`),
    )
  }
  const self = aside.getByRole('listitem').filter({ hasText: 'This story' }).last()
  await expect(self.getByRole('heading', { level: 4 })).toHaveText(most.title)
  await expect(self.getByRole('link')).toHaveCount(0)
  // The collection's stories link to their pages; the others open the outlet's in a new tab.
  const links = await aside.getByRole('heading', { level: 4 }).evaluateAll((hs) =>
    hs.map((h) => {
      const a = h.querySelector('a')
      return a
        ? {
            href: a.getAttribute('href'),
            target: a.getAttribute('target'),
            rel: (a.getAttribute('rel') ?? '').split(/\s+/).filter(Boolean).sort(),
          }
        : null
    }),
  )
  expect(links).toEqual(
    groups
      .flat()
      .map((s) =>
        s.slug === most.slug
          ? null
          : s.slug
            ? { href: `/articles/${s.slug}`, target: null, rel: [] }
            : { href: s.url, target: '_blank', rel: ['noopener', 'noreferrer'] },
      ),
  )
  // Nothing but the web's own links and the story pages reach an href.
  for (const link of links) if (link) expect(link.href).toMatch(/^(https?:\/\/|\/articles\/)/)
  // Dates, never "N years ago"; no box of its own to scroll.
  await expect(aside.locator('time').first()).toHaveText(/^[A-Z][a-z]{2} \d{1,2}(, \d{4})?(, .*)?$/)
  const { overflow, clipped } = await aside.evaluate((node) => ({
    overflow: getComputedStyle(node).overflowY,
    clipped: node.scrollHeight > node.clientHeight + 1,
  }))
  expect(overflow).toBe('visible')
  expect(clipped).toBe(false)

  const alone = site.articles().find((a) => size(a) === 0)
  if (alone) {
    await page.goto(`/articles/${alone.slug}`)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(alone.title)
    await expect(coverageAside(page)).toContainText(
      'No other outlet’s coverage is listed for this story.',
    )
    await expect(coverageAside(page).getByRole('heading', { level: 3 })).toHaveCount(0)
  }
})

/** The biggest story cluster of the collection: its articles, newest first. */
function biggestCluster(site: ReturnType<typeof projectData>): Card[] | undefined {
  const groups = new Map<number, Card[]>()
  for (const c of site.cards)
    groups.set(site.clusterOf(c.id), [...(groups.get(site.clusterOf(c.id)) ?? []), c])
  return [...groups.values()].filter((g) => g.length > 1).sort((a, b) => b.length - a.length)[0]
}

/** The biggest story cluster; the test is skipped in a collection without one. */
function biggestClusterOrSkip(site: ReturnType<typeof projectData>): Card[] {
  const cluster = biggestCluster(site)
  test.skip(!cluster, 'no two articles of this collection report the same story')
  return cluster!
}

test('a story of a cluster lists its other articles, each opening its story page', async ({
  page,
}) => {
  const site = projectData()
  const cluster = biggestClusterOrSkip(site)
  const [newest, ...rest] = cluster
  const detail = site.article(newest!.slug)
  await page.goto(`/articles/${newest!.slug}`)
  // Two outlets may use one headline: the links are told apart by where they go.
  const linkTo = (c: Card) => coverageAside(page).locator(`a[href="/articles/${c.slug}"]`)
  for (const other of rest) await expect(linkTo(other)).toHaveText(other.title)
  expect(detail.clusterCoverage?.length).toBeGreaterThan(0)
  const oldest = rest.at(-1)!
  await linkTo(oldest).click()
  await expect(page).toHaveURL((url) => url.pathname === `/articles/${oldest.slug}`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(oldest.title)
  // From the cluster's oldest article, its newest is listed too.
  await expect(linkTo(newest!)).toBeVisible()
})

test('the feed shows one card per story cluster with its outlets; Clustered off shows every article', async ({
  page,
}) => {
  const site = projectData()
  const cluster = biggestClusterOrSkip(site)
  // The days the cluster's articles were published: the feed of those days holds all of them.
  const day = (c: Card) => c.date.slice(0, 10)
  const from = day(cluster.at(-1)!)
  const to = day(cluster[0]!)
  const inRange = site.cards.filter((c) => day(c) >= from && day(c) <= to)
  const clustered = site.collapse(inRange)
  expect(clustered.length).toBeLessThan(inRange.length)
  const [newest, ...rest] = cluster
  const hrefOf = (c: Card) => `/articles/${c.slug}`

  await openFeed(page, `/?from=${from}&to=${to}`)
  // The status counts articles; one card stands for each cluster.
  await expectCount(page, countText(inRange.length))
  await expect(cards(page)).toHaveCount(Math.min(24, clustered.length))
  const shown = (await cardFacts(page)).map((c) => c.href)
  expect(shown).toEqual(clustered.slice(0, 24).map(hrefOf))
  for (const other of rest) expect(shown).not.toContain(hrefOf(other))
  const card = cards(page).filter({ has: page.locator(`a[href="${hrefOf(newest!)}"]`) })
  await expect(card).toContainText(`${newest!.coverage!.outlets} outlets`)

  const toggle = page.getByRole('button', { name: 'Clustered' })
  await expect(toggle).toHaveAttribute('aria-pressed', 'true')
  await toggle.click()
  await expect(page).toHaveURL((url) => url.searchParams.get('cluster') === '0')
  await expect(toggle).toHaveAttribute('aria-pressed', 'false')
  await expect(cards(page)).toHaveCount(Math.min(24, inRange.length))
  await expect(feedStatus(page)).toHaveText(countText(inRange.length))
  const all = (await cardFacts(page)).map((c) => c.href)
  expect(all).toEqual(inRange.slice(0, 24).map(hrefOf))

  // Removing the filters keeps the choice, as it keeps the layout.
  const chips = page.getByRole('list', { name: 'Active filters' }).getByRole('button')
  await expect(chips).toHaveCount(1)
  await chips.click()
  await expect(page).toHaveURL((url) => url.search === '?cluster=0')
  await expectCount(page, countText(site.facets.articleCount))
  await expect(cards(page)).toHaveCount(Math.min(24, site.cards.length))
})

test('on a phone, Clustered is in the filter drawer', async ({ page }) => {
  const site = projectData()
  test.skip(site.feedCards.length === site.cards.length, 'no story cluster to fold')
  await page.setViewportSize({ width: 390, height: 844 })
  await openFeed(page, '/')
  await expect(page.getByRole('button', { name: 'Clustered' })).toBeHidden()
  await page.getByRole('button', { name: /^Filters/ }).click()
  const box = page.getByRole('dialog').getByRole('checkbox', { name: 'Clustered' })
  await expect(box).toBeChecked()
  // Not uncheck(): the box follows the URL, which the click changes a moment later.
  await box.click()
  await expect(page).toHaveURL((url) => url.searchParams.get('cluster') === '0')
  await expect(box).not.toBeChecked()
})
