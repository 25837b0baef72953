import { expect, test, type Page, type Request } from '@playwright/test'
import { countText, narrowingTopic, type Card, type SiteData } from './support/data.ts'
import { PAGE_SIZE } from '../src/shared/feed-params.ts'
import { projectData, projectDocs } from './support/project.ts'
import {
  cardFacts,
  cards,
  checkboxCount,
  expectCount,
  filterAside,
  openStoryAndGoBack,
  revealOption,
  searchBox,
} from './support/feed.ts'
import { routeImages } from './support/images.ts'
import { SCALE_ARTICLES } from './support/scale-corpus.ts'
import { hasPhrase, hasWord, type Doc } from './support/search.ts'
import { dataPaths, storyFile, storyFileCount } from '../src/shared/data-paths.ts'

/*
 * Paging on the generated 5,000-article corpus (the "scale" project only). Every expectation
 * comes from the data the site was built with (dist-e2e/scale/data/<hash>/), never from guesses
 * about the generator's output.
 */

/** Pages of the default feed: one card per story cluster (the status still counts articles). */
const pageCount = (site: SiteData) => Math.ceil(site.feedCards.length / PAGE_SIZE)
/** The cards page `n` of a list shows. */
const pageOf = (list: Card[], n: number) => list.slice((n - 1) * PAGE_SIZE, n * PAGE_SIZE)
/** The cards page `n` of the default feed (everything, newest first, clustered) shows. */
const pageCards = (site: SiteData, n: number): Card[] => pageOf(site.feedCards, n)
const hrefs = (list: { slug: string }[]) => list.map((c) => `/articles/${c.slug}`)
/** The card shard files (`cards/<n>.json`) holding the given cards. */
const shardsOf = (site: SiteData, list: Card[]) =>
  [...new Set(list.map((c) => Math.floor(c.id / site.facets.shardSize)))].sort((a, b) => a - b)

const pagesNav = (page: Page) => page.getByRole('navigation', { name: 'Pages' })
const pageParam = (url: URL) => url.searchParams.get('page')

/**
 * Records the data files the page fetches (`cards/3.json`, `index.bin`, …); `shards()` lists
 * the card shard numbers, sorted; `settled()` waits until no data request has started or been
 * in flight for a moment, so that deferred fetches are counted too.
 */
function recordDataRequests(page: Page) {
  const paths: string[] = []
  let inFlight = 0
  const isData = (request: Request) => new URL(request.url()).pathname.includes('/data/')
  page.on('request', (request) => {
    if (!isData(request)) return
    inFlight++
    // `/data/<hash>/cards/3.json` → `cards/3.json`
    const { pathname } = new URL(request.url())
    paths.push(pathname.slice(pathname.indexOf('/data/')).split('/').slice(3).join('/'))
  })
  const done = (request: Request) => {
    if (isData(request)) inFlight--
  }
  page.on('requestfinished', done)
  page.on('requestfailed', done)
  return {
    paths,
    shards: () =>
      paths
        .map((p) => /^cards\/(\d+)\.json$/.exec(p)?.[1])
        .filter((n) => n !== undefined)
        .map(Number)
        .sort((a, b) => a - b),
    settled: () =>
      expect
        .poll(
          async () => {
            const seen = paths.length
            await page.waitForTimeout(800)
            return inFlight === 0 && paths.length === seen
          },
          { message: 'data requests settle', intervals: [0], timeout: 15_000 },
        )
        .toBe(true),
  }
}

/**
 * Expects the card shards fetched to be those holding the cards shown, give or take a
 * prefetch or two: never the whole set.
 */
async function expectFewShards(
  site: SiteData,
  requests: ReturnType<typeof recordDataRequests>,
  shown: Card[],
) {
  await requests.settled()
  const wanted = shardsOf(site, shown)
  const fetched = [...new Set(requests.shards())]
  expect(fetched).toEqual(expect.arrayContaining(wanted))
  expect(fetched.length, `shards fetched: ${fetched.join(', ')}`).toBeLessThanOrEqual(
    wanted.length + 2,
  )
  expect(fetched.length).toBeLessThan(site.facets.shardCount)
}

/**
 * Expects the feed to show page `n` of the default view (or of `list`, the cards a view shows,
 * counting `articles`): URL, count, current page, its cards.
 */
async function expectPage(
  page: Page,
  site: SiteData,
  n: number,
  list: Card[] = site.feedCards,
  articles = site.facets.articleCount,
) {
  await expect(page).toHaveURL((url) => pageParam(url) === (n === 1 ? null : String(n)))
  await expectCount(page, countText(articles))
  // The URL changes a moment before the page renders (a transition): wait for the page itself.
  await expect(
    pagesNav(page).getByRole('link', { name: `Page ${n}`, exact: true }),
  ).toHaveAttribute('aria-current', 'page')
  const expected = pageOf(list, n)
  await expect(cards(page)).toHaveCount(expected.length)
  expect((await cardFacts(page)).map((c) => c.href)).toEqual(hrefs(expected))
}

/** The `<time datetime>` of every card on the page, in order. */
const datetimes = async (page: Page) => (await cardFacts(page)).map((c) => c.datetime)

const newestFirst = (dates: string[]) =>
  dates.every((d, i) => i === 0 || Date.parse(dates[i - 1]!) >= Date.parse(d))

test('the count and the first page of 5,000 articles, from a handful of data files', async ({
  page,
}) => {
  const site = projectData()
  const { facets } = site
  // The generator repeats ~1% of the URLs; merged duplicates leave a little under 5,000.
  expect(facets.articleCount).toBeGreaterThan(SCALE_ARTICLES * 0.95)
  expect(facets.articleCount).toBeLessThanOrEqual(SCALE_ARTICLES)
  expect(facets.shardCount).toBe(Math.ceil(facets.articleCount / facets.shardSize))
  expect(facets.shardCount, 'the cards are split into many shards').toBeGreaterThan(20)

  const requests = recordDataRequests(page)
  await page.goto('/')
  await expectCount(page, countText(facets.articleCount))
  // Thousands are grouped: "4,931 articles".
  await expect(page.getByRole('main').getByRole('status')).toHaveText(/^\d,\d{3} articles$/)
  await expect(cards(page)).toHaveCount(PAGE_SIZE)
  const shown = await cardFacts(page)
  expect(shown.map((c) => c.href)).toEqual(hrefs(pageCards(site, 1)))
  expect(newestFirst(shown.map((c) => c.datetime)), 'newest first').toBe(true)
  await expect(cards(page).first().locator('time')).toHaveAttribute('datetime', facets.newest!)

  const nav = pagesNav(page)
  await expect(nav.getByRole('link', { name: 'Page 1', exact: true })).toHaveAttribute(
    'aria-current',
    'page',
  )
  await expect(
    nav.getByRole('link', { name: `Page ${pageCount(site)}`, exact: true }),
  ).toBeVisible()
  await expect(nav.getByRole('link', { name: 'Previous' })).toHaveCount(0)

  // Deferred fetches (the facet index, once the first cards are up) count too.
  await requests.settled()
  expect(
    requests.paths.filter((p) => p === 'facets.json'),
    'facets.json, once',
  ).toHaveLength(1)
  expect(requests.shards(), 'only the shards of page 1').toEqual(shardsOf(site, pageCards(site, 1)))
  expect(
    requests.paths.filter((p) => p.startsWith('stories/')),
    'no story files',
  ).toEqual([])
  expect(requests.paths.length, `data requests: ${requests.paths.join(', ')}`).toBeLessThanOrEqual(
    5,
  )
})

test('the last page, one click away, and the page before it', async ({ page }) => {
  const site = projectData()
  const last = pageCount(site)
  const requests = recordDataRequests(page)
  const nav = pagesNav(page)

  await page.goto('/')
  await expectPage(page, site, 1)
  const firstPage = await datetimes(page)

  // The last page: only what is left over, ending with the oldest story, and no Next.
  await nav.getByRole('link', { name: `Page ${last}`, exact: true }).click()
  await expectPage(page, site, last)
  const lastPage = await datetimes(page)
  expect(lastPage).toHaveLength(site.feedCards.length - (last - 1) * PAGE_SIZE)
  expect(Date.parse(lastPage[0]!)).toBeLessThan(Date.parse(firstPage.at(-1)!))
  // The oldest card (the oldest story may be a cluster's older report, shown by a newer one).
  await expect(cards(page).last().locator('time')).toHaveAttribute(
    'datetime',
    site.feedCards.at(-1)!.date,
  )
  await expect(nav.getByRole('link', { name: 'Next' })).toHaveCount(0)

  // Previous: newest first holds across the boundary between the two pages.
  await nav.getByRole('link', { name: 'Previous' }).click()
  await expectPage(page, site, last - 1)
  const beforeLast = await datetimes(page)
  expect(newestFirst([beforeLast.at(-1)!, lastPage[0]!]), 'newest first across pages').toBe(true)
  expect(newestFirst([...beforeLast, ...lastPage])).toBe(true)

  await expectFewShards(
    site,
    requests,
    [1, last, last - 1].flatMap((n) => pageCards(site, n)),
  )
})

test('a middle page: linked directly, Next across its boundary, and Back', async ({ page }) => {
  const site = projectData()
  const middle = Math.ceil(pageCount(site) / 2)
  const requests = recordDataRequests(page)
  const nav = pagesNav(page)

  await page.goto(`/?page=${middle}`)
  await expectPage(page, site, middle)
  const middlePage = await datetimes(page)
  await nav.getByRole('link', { name: 'Next' }).click()
  await expectPage(page, site, middle + 1)
  const afterMiddle = await datetimes(page)
  expect(newestFirst([middlePage.at(-1)!, afterMiddle[0]!]), 'newest first across pages').toBe(true)
  expect(newestFirst([...middlePage, ...afterMiddle])).toBe(true)

  await page.goBack()
  await expectPage(page, site, middle)
  await nav.getByRole('link', { name: 'Previous' }).click()
  await expectPage(page, site, middle - 1)
  const beforeMiddle = await datetimes(page)
  expect(newestFirst([beforeMiddle.at(-1)!, middlePage[0]!]), 'newest first across pages').toBe(
    true,
  )

  await expectFewShards(
    site,
    requests,
    [middle, middle + 1, middle - 1].flatMap((n) => pageCards(site, n)),
  )
})

test('a topic filter on 5,000 articles counts and pages its own stories', async ({ page }) => {
  const site = projectData()
  const { facets } = site
  // The biggest topic short of everything, so the count changes and its stories fill pages.
  const topic = narrowingTopic(facets)
  const articles = site.cards.filter((c) => c.topics.includes(topic.id))
  expect(articles.length).toBe(topic.count)
  // One card per story cluster, the first of its articles on the topic.
  const matching = site.collapse(articles)
  expect(topic.count, 'the topic fills more than two pages').toBeGreaterThan(2 * PAGE_SIZE)
  const requests = recordDataRequests(page)

  await page.goto('/?page=3')
  await expectPage(page, site, 3)
  const box = await revealOption(
    filterAside(page).getByRole('group', { name: 'Topics' }),
    topic.name,
  )
  expect(await checkboxCount(box)).toBe(topic.count)
  await box.click()
  // A new filter starts again at page 1.
  await expect(page).toHaveURL(
    (url) => url.searchParams.getAll('topic').join() === topic.slug && pageParam(url) === null,
  )
  await expectCount(page, countText(topic.count))
  await expect(box).toBeChecked()
  expect((await cardFacts(page)).map((c) => c.href)).toEqual(hrefs(matching.slice(0, PAGE_SIZE)))
  const nav = pagesNav(page)
  await expect(
    nav.getByRole('link', { name: `Page ${Math.ceil(matching.length / PAGE_SIZE)}`, exact: true }),
  ).toBeVisible()

  // Page 2 of the filtered view keeps the filter.
  await nav.getByRole('link', { name: 'Page 2', exact: true }).click()
  await expect(page).toHaveURL(
    (url) => url.searchParams.getAll('topic').join() === topic.slug && pageParam(url) === '2',
  )
  await expectPage(page, site, 2, matching, topic.count)
  const second = await cardFacts(page)
  expect(second.every((c) => c.topics.includes(topic.name))).toBe(true)

  // Unticking the topic brings back every article.
  await box.click()
  await expect(page).toHaveURL((url) => url.search === '')
  await expectCount(page, countText(facets.articleCount))

  await expectFewShards(site, requests, [
    ...pageCards(site, 3),
    ...matching.slice(0, 2 * PAGE_SIZE),
    ...pageCards(site, 1),
  ])
  expect(
    requests.paths.filter((p) => p === 'index.bin'),
    'the facet index, once',
  ).toHaveLength(1)
})

test('Back from a story opened on page 3 returns to page 3 at the same scroll position', async ({
  page,
}) => {
  const site = projectData()
  const nav = pagesNav(page)
  const requests = recordDataRequests(page)
  // Offline: every picture fails, and its card becomes a text card (see openStoryAndGoBack).
  const pictures = await routeImages(page, 'fail')
  await page.goto('/')
  await expectPage(page, site, 1)
  await nav.getByRole('link', { name: 'Page 2', exact: true }).click()
  await expectPage(page, site, 2)
  await nav.getByRole('link', { name: 'Page 3', exact: true }).click()
  await expectPage(page, site, 3)

  const card = cards(page).nth(16)
  const headline = card.getByRole('heading').getByRole('link')
  const story = pageCards(site, 3)[16]!
  await expect(headline).toHaveText(story.title)
  const askedBefore = pictures.length
  await openStoryAndGoBack(page, headline, story.title, () => expectPage(page, site, 3))
  // Page 3's pictures that were asked for failed while it was shown; drawn again, their cards
  // stay text cards.
  const onPage3 = pageCards(site, 3).map((c) => c.image?.url)
  const failed = new Set(pictures.slice(0, askedBefore).filter((url) => onPage3.includes(url)))
  expect(failed.size, 'page 3 had pictures').toBeGreaterThan(0)
  expect(
    pictures.slice(askedBefore).filter((url) => failed.has(url)),
    'a picture that failed is not asked for again in the same visit',
  ).toEqual([])
  // The story's details came from the one small file that holds its slug.
  const files = storyFileCount(site.facets.articleCount)
  expect(files, 'story details come a few to a file').toBeLessThan(site.facets.articleCount / 4)
  expect(requests.paths.filter((p) => p.startsWith('stories/'))).toEqual([
    dataPaths.stories(storyFile(story.slug, files)),
  ])
})

test('a search on 5,000 articles fetches only its words’ chunks of the index and counts right', async ({
  page,
}) => {
  const site = projectData()
  const docs = projectDocs()
  const count = (test: (d: Doc) => boolean) => docs.filter(test).length

  const requests = recordDataRequests(page)
  await page.goto('/')
  await expectCount(page, countText(site.facets.articleCount))
  await requests.settled()
  const before = requests.paths.length
  const searchFiles = () => requests.paths.slice(before).filter((p) => p.startsWith('search/'))

  const manifestResponse = page.waitForResponse((r) => r.url().endsWith('/search/index.json'))
  await searchBox(page).fill('facial recognition')
  const manifest = (await (await manifestResponse).json()) as { chunks: string[]; split: string[] }
  const both = count((d) => hasWord(d, 'facial') && hasWord(d, 'recognition'))
  expect(both, 'the corpus has such stories').toBeGreaterThan(PAGE_SIZE)
  await expectCount(page, countText(both))
  await requests.settled()
  // The manifest and one chunk per word: "re" starts so many words here that its words are
  // chunked by three letters, and "rec" is all that "recognition" needs.
  expect(manifest.split).toContain('re')
  const chunkFile = (key: string) => `search/${manifest.chunks.indexOf(key)}.json`
  expect(searchFiles().sort()).toEqual(
    [chunkFile('fa'), chunkFile('rec'), 'search/index.json'].sort(),
  )

  // A phrase adds one bucket of word pairs, and no chunk: its words' chunks are loaded.
  const seen = searchFiles().length
  await searchBox(page).fill('"facial recognition"')
  await expectCount(page, countText(count((d) => hasPhrase(d, 'facial recognition'))))
  await requests.settled()
  expect(searchFiles().slice(seen)).toEqual([expect.stringMatching(/^search\/s\d+\.json$/)])
})
