import { expect, test, type Locator } from '@playwright/test'
import { countText, narrowingTopic, siteData } from './support/data.ts'
import { cards, expectCount, facetCheckbox, filterAside, tabTo } from './support/feed.ts'

const data = () => siteData(test.info().project.name)

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

test('keyboard only: skip link, a topic checkbox, and a story', async ({ page }) => {
  const site = data()
  const { facets } = site
  const topic = narrowingTopic(facets)

  await page.goto('/')
  await expectCount(page, countText(facets.articleCount))

  // The first Tab reaches the skip link, which shows itself; Enter moves focus to main.
  await page.keyboard.press('Tab')
  const skip = page.getByRole('link', { name: 'Skip to content' })
  await expectFocusRing(skip)
  await expect(skip).toBeInViewport()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('main')).toBeFocused()

  // On to a topic checkbox; Space ticks it and filters the feed, and focus stays on it.
  const box = facetCheckbox(filterAside(page).getByRole('group', { name: 'Topics' }), topic.name)
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
