import path from 'node:path'
import { expect, test, type Locator, type Page } from '@playwright/test'
import { countText, escapeRegExp, type ArticleDetail } from './support/data.ts'
import { projectData } from './support/project.ts'
import { cards, expectCount } from './support/feed.ts'
import { throttleCpuFromEnv } from './support/throttle.ts'

throttleCpuFromEnv()

const storyArticle = (page: Page, detail: ArticleDetail) =>
  page.getByRole('article', { name: detail.title })

async function expectStory(page: Page, detail: ArticleDetail) {
  await expect(page).toHaveURL((url) => url.pathname === `/articles/${detail.slug}`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(detail.title)
  await expect(page).toHaveTitle(`${detail.title} — Broadsheet`)
}

/** Expects an external link that opens in a new tab without handing the page to it. */
async function expectNewTabLink(link: Locator, href?: string) {
  await expect(link).toHaveAttribute('href', href ?? /^https?:\/\//)
  await expect(link).toHaveAttribute('href', /^https?:\/\//)
  await expect(link).toHaveAttribute('target', '_blank')
  await expect(link).toHaveAttribute('rel', /\bnoopener\b/)
  await expect(link).toHaveAttribute('rel', /\bnoreferrer\b/)
}

test('a story opened from its headline in the feed', async ({ page }) => {
  const site = projectData()
  // The first story on the front page with related coverage (else the first one).
  const index = Math.max(
    0,
    site.cards.slice(0, 24).findIndex((c) => c.related > 0),
  )
  const detail = site.article(site.cards[index]!.slug)

  await page.goto('/')
  await expectCount(page, countText(site.facets.articleCount))
  await cards(page).nth(index).getByRole('heading').getByRole('link').click()
  await expectStory(page, detail)

  const story = storyArticle(page, detail)
  await expect(
    story.getByRole('link', { name: detail.provider.name, exact: true }),
  ).toHaveAttribute('href', `/sources/${detail.provider.domain}`)
  await expect(story.locator('time')).toHaveAttribute('datetime', detail.date)
  await expect(story.getByRole('list', { name: 'Topics' }).getByRole('link')).toHaveText(
    detail.topics.map((t) => t.name),
  )
  for (const topic of detail.topics) {
    await expect(
      story
        .getByRole('list', { name: 'Topics' })
        .getByRole('link', { name: topic.name, exact: true }),
    ).toHaveAttribute('href', `/topics/${topic.slug}`)
  }

  const readAt = story.getByRole('link', {
    name: new RegExp(`^Read at ${escapeRegExp(detail.provider.name)}`),
  })
  await expectNewTabLink(readAt, detail.url)
  const amp = story.getByRole('link', { name: /^AMP version/ })
  if (detail.ampUrl) await expectNewTabLink(amp, detail.ampUrl)
  else await expect(amp).toHaveCount(0)
})

test('a related story that is in the collection opens its story page', async ({ page }) => {
  const site = projectData()
  const from = site.articles().find((a) => a.related.some((r) => r.slug))
  test.skip(!from, 'no related story of this data set is one of its own articles')
  const related = from!.related.find((r) => r.slug)!
  const target = site.article(related.slug!)

  await page.goto(`/articles/${from!.slug}`)
  await expectStory(page, from!)
  await page
    .getByRole('complementary', { name: /^Full coverage/ })
    .getByRole('link', { name: related.title, exact: true })
    .click()
  await expectStory(page, target)
  await page.goBack()
  await expectStory(page, from!)
})

test('More on the topic, More from the source, and older/newer navigation', async ({ page }) => {
  const site = projectData()
  const detail = site.cards
    .map((c) => ({ card: c, around: site.neighbours(c.slug) }))
    .find(
      ({ around: a }) =>
        (a.moreOnTopic?.cards.length ?? 0) > 0 &&
        a.moreFromProvider.length > 0 &&
        a.older &&
        a.newer,
    )
  expect(detail, 'a story with both sections and both neighbours').toBeDefined()
  const story = site.article(detail!.card.slug)
  const around = detail!.around

  await page.goto(`/articles/${story.slug}`)
  await expectStory(page, story)

  const moreOn = page.getByRole('region', { name: `More on ${around.moreOnTopic!.topic.name}` })
  await expect(moreOn.getByRole('heading', { level: 3 })).toHaveText(
    around.moreOnTopic!.cards.map((c) => c.title),
  )
  await expect(moreOn.getByRole('link', { name: 'See all' })).toHaveAttribute(
    'href',
    `/topics/${around.moreOnTopic!.topic.slug}`,
  )
  const moreFrom = page.getByRole('region', { name: `More from ${story.provider.name}` })
  await expect(moreFrom.getByRole('heading', { level: 3 })).toHaveText(
    around.moreFromProvider.map((c) => c.title),
  )
  await expect(moreFrom.getByRole('link', { name: 'See all' })).toHaveAttribute(
    'href',
    `/sources/${story.provider.domain}`,
  )

  // A story of "More from" opens.
  const next = around.moreFromProvider[0]!
  await moreFrom.getByRole('link', { name: next.title, exact: true }).click()
  await expectStory(page, site.article(next.slug))
  await page.goBack()
  await expectStory(page, story)

  // Older, then Newer again.
  const neighbours = page.getByRole('navigation', { name: 'Previous and next story' })
  await neighbours.getByRole('link', { name: /^Older story/ }).click()
  const older = site.article(around.older!.slug)
  await expectStory(page, older)
  expect(site.neighbours(older.slug).newer?.slug).toBe(story.slug)
  await neighbours.getByRole('link', { name: /^Newer story/ }).click()
  await expectStory(page, story)
  await neighbours.getByRole('link', { name: /^Newer story/ }).click()
  await expectStory(page, site.article(around.newer!.slug))
})

test('the newest and oldest stories have one neighbour each', async ({ page }) => {
  const site = projectData()
  const newest = site.article(site.cards[0]!.slug)
  const oldest = site.article(site.cards.at(-1)!.slug)
  const neighbours = page.getByRole('navigation', { name: 'Previous and next story' })

  await page.goto(`/articles/${newest.slug}`)
  await expectStory(page, newest)
  await expect(neighbours.getByRole('link', { name: /^Newer story/ })).toHaveCount(0)
  await expect(neighbours.getByRole('link', { name: /^Older story/ })).toBeVisible()

  await page.goto(`/articles/${oldest.slug}`)
  await expectStory(page, oldest)
  await expect(neighbours.getByRole('link', { name: /^Older story/ })).toHaveCount(0)
  await expect(neighbours.getByRole('link', { name: /^Newer story/ })).toBeVisible()
})

test('the story shows before its neighbours load, and stands without them', async ({ page }) => {
  const site = projectData()
  const card = site.cards.find((c) => site.neighbours(c.slug).moreFromProvider.length > 0)
  expect(card, 'a story whose source has other stories').toBeDefined()
  const story = site.article(card!.slug)
  const around = site.neighbours(story.slug)
  const moreFrom = page.getByRole('region', { name: `More from ${story.provider.name}` })

  // The lists are held: the story, its action and its related coverage are there, the rows not.
  let release!: () => void
  const held = new Promise<void>((resolve) => (release = resolve))
  await page.route(/\/data\/[^/]+\/lists\//, async (route) => {
    await held
    await route.continue()
  })
  await page.goto(`/articles/${story.slug}`)
  await expectStory(page, story)
  await expect(page.getByRole('complementary', { name: /^Full coverage/ })).toBeVisible()
  await expect(moreFrom).toHaveAttribute('aria-busy', 'true')
  await expect(moreFrom.getByRole('heading', { level: 3 })).toHaveCount(0)
  release()
  await expect(moreFrom.getByRole('heading', { level: 3 })).toHaveText(
    around.moreFromProvider.map((c) => c.title),
  )
  await expect(moreFrom).toHaveAttribute('aria-busy', 'false')

  // The lists fail (an offline reader, a half-deployed site): the sections are left out.
  await page.unrouteAll({ behavior: 'wait' })
  await page.route(/\/data\/[^/]+\/lists\//, (route) => route.abort())
  await page.goto(`/articles/${story.slug}`) // a new page load: nothing is cached
  await expectStory(page, story)
  await expect(
    page.getByRole('navigation', { name: 'Previous and next story' }).getByRole('link').first(),
  ).toBeVisible()
  await expect(page.getByRole('region', { name: /^More (on|from) / })).toHaveCount(0)
})

test('a host that sends the gzip files as they are: the page inflates them itself', async ({
  page,
}) => {
  const site = projectData()
  const card = site.cards.find((c) => site.neighbours(c.slug).moreFromProvider.length > 0)!
  const story = site.article(card.slug)
  // `vite preview` sends `.json.gz` with Content-Encoding (the browser inflates); many static
  // hosts send the bytes as they are.
  const raw: string[] = []
  await page.route(/\/data\/[^/]+\/((stories|lists)\/[^/?]+\.json\.gz)$/, (route) => {
    const file = /\/data\/[^/]+\/(.+)$/.exec(new URL(route.request().url()).pathname)![1]!
    raw.push(file)
    return route.fulfill({ path: path.join(site.dir, file), contentType: 'application/gzip' })
  })
  await page.goto(`/articles/${story.slug}`)
  await expectStory(page, story)
  await expect(
    page
      .getByRole('region', { name: `More from ${story.provider.name}` })
      .getByRole('heading', { level: 3 }),
  ).toHaveText(site.neighbours(story.slug).moreFromProvider.map((c) => c.title))
  expect(raw.some((f) => f.startsWith('stories/'))).toBe(true)
  expect(raw.some((f) => f.startsWith('lists/'))).toBe(true)
})
