import { expect, test, type Locator } from '@playwright/test'
import { countText, narrowingTopic } from './support/data.ts'
import { projectData } from './support/project.ts'
import { cards, expectCount, facetCheckbox, filterAside, tabTo } from './support/feed.ts'

/** The focused element draws a visible outline (the app's :focus-visible ring). */
async function expectFocusRing(target: Locator) {
  await expect(target).toBeFocused()
  const { style, width } = await target.evaluate((el) => {
    const css = getComputedStyle(el)
    return { style: css.outlineStyle, width: parseFloat(css.outlineWidth) }
  })
  expect(style, `outline-style of ${target.toString()}`).not.toBe('none')
  expect(width, `outline-width of ${target.toString()}`).toBeGreaterThan(0)
}

test('from page load, the first headline is two Tab presses away', async ({ page }) => {
  const site = projectData()
  await page.goto('/')
  await expectCount(page, countText(site.facets.articleCount))

  // Tab 1: the skip link, which shows itself; Enter moves focus to the stories.
  await page.keyboard.press('Tab')
  const skip = page.getByRole('link', { name: 'Skip to stories' })
  await expectFocusRing(skip)
  await expect(skip).toBeInViewport()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('feed', { name: 'Stories' })).toBeFocused()
  // Tab 2: the first story's headline.
  await page.keyboard.press('Tab')
  const headline = cards(page).first().getByRole('heading').getByRole('link')
  await expect(headline).toHaveText(site.cards[0]!.title)
  await expectFocusRing(headline)
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(site.cards[0]!.title)

  // A story page has no stories list: its skip link goes to the content.
  await page.goto(`/articles/${site.cards[0]!.slug}`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(site.cards[0]!.title)
  await page.keyboard.press('Tab')
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('main')).toBeFocused()
})

test('keyboard only: skip to the filters, one Tab stop a row, a topic, then a story', async ({
  page,
}) => {
  // A long journey: dozens of Tab presses, each a round trip to the browser. It took 25 s on an
  // idle machine and over 30 s beside two busy loops when it went round the whole page: three
  // times the default budget (a bound on the whole test, not a wait).
  test.slow()
  const site = projectData()
  const { facets } = site
  // A topic below the rows tabbed through first (the panel lists topics by count, most first).
  const topic = facets.topics[3] ?? narrowingTopic(facets)

  await page.goto('/')
  await expectCount(page, countText(facets.articleCount))

  // The second skip link goes to the filter column, a landmark of its own.
  await page.keyboard.press('Tab')
  await page.keyboard.press('Tab')
  const skip = page.getByRole('link', { name: 'Skip to filters' })
  await expectFocusRing(skip)
  await expect(skip).toBeInViewport()
  await page.keyboard.press('Enter')
  await expect(filterAside(page)).toBeFocused()

  // Each topic row is one Tab stop: from one checkbox, Tab goes to the next row's.
  const topics = filterAside(page).getByRole('group', { name: 'Topics' })
  const boxes = topics.getByRole('checkbox')
  await tabTo(page, boxes.first(), 20)
  for (const i of [1, 2]) {
    await page.keyboard.press('Tab')
    await expect(boxes.nth(i)).toBeFocused()
  }

  // On to a topic checkbox; Space ticks it and filters the feed, and focus stays on it.
  const box = facetCheckbox(topics, topic.name)
  await tabTo(page, box)
  await expectFocusRing(box)
  await page.keyboard.press('Space')
  await expect(page).toHaveURL((url) => url.searchParams.getAll('topic').join() === topic.slug)
  await expectCount(page, countText(topic.count))
  await expect(box).toBeChecked()
  await expect(box, 'focus stays on the checkbox just ticked').toBeFocused()

  // On to the first card's headline; Enter opens the story.
  const first = site.cards.find((c) => c.topics.includes(topic.id))!
  const headline = cards(page).first().getByRole('heading').getByRole('link')
  await expect(headline).toHaveText(first.title)
  await tabTo(page, headline)
  await expectFocusRing(headline)
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL((url) => url.pathname === `/articles/${first.slug}`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(first.title)
})
