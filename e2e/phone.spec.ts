import { expect, test } from '@playwright/test'
import { countText, narrowingTopic } from './support/data.ts'
import { projectData } from './support/project.ts'
import { cards, checkboxCount, expectCount, feedStatus, revealOption } from './support/feed.ts'

test.use({ viewport: { width: 390, height: 844 } })

test('on a phone the filters live in a dialog', async ({ page }) => {
  const { facets } = projectData()
  const topic = narrowingTopic(facets)

  await page.goto('/')
  await expectCount(page, countText(facets.articleCount))
  // The sidebar is not shown (nor in the accessibility tree).
  await expect(page.locator('aside[aria-label="Filters"]')).toBeHidden()
  await expect(page.getByRole('complementary', { name: 'Filters' })).toHaveCount(0)

  const open = page.getByRole('button', { name: /^Filters/ })
  const dialog = page.getByRole('dialog', { name: 'Filters' })
  await expect(dialog).toBeHidden()
  await open.click()
  await expect(dialog).toBeVisible()
  await expect(dialog.getByRole('heading', { name: 'Filters' })).toBeVisible()
  await expect(dialog.getByRole('group', { name: 'Topics' })).toBeVisible()
  await expect(dialog.getByRole('group', { name: 'Sources' })).toBeVisible()
  await expect(dialog.getByRole('button', { name: 'Close filters' })).toBeVisible()

  // A topic ticked in the dialog filters the feed behind it; the dialog stays open.
  const box = await revealOption(dialog.getByRole('group', { name: 'Topics' }), topic.name)
  const count = await checkboxCount(box)
  await box.click()
  await expect(page).toHaveURL((url) => url.searchParams.getAll('topic').join() === topic.slug)
  await expect(feedStatus(page)).toHaveText(countText(count))
  await expect(box).toBeChecked()
  await expect(dialog).toBeVisible()

  // Escape closes it and gives focus back to the button, which now counts one filter.
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(open).toBeFocused()
  await expect(open).toHaveAccessibleName('Filters 1 active')
  await expectCount(page, countText(count))

  // "Show N stories" (the count of what it shows) and "Close filters" close it too.
  await open.click()
  await expect(dialog).toBeVisible()
  await dialog
    .getByRole('button', { name: `Show ${count} ${count === 1 ? 'story' : 'stories'}` })
    .click()
  await expect(dialog).toBeHidden()
  await open.click()
  await dialog.getByRole('button', { name: 'Close filters' }).click()
  await expect(dialog).toBeHidden()
  await expect(open).toBeFocused()
})

test('on a phone the cards stand in one column', async ({ page }) => {
  const { facets } = projectData()
  await page.goto('/')
  await expectCount(page, countText(facets.articleCount))
  const boxes = await cards(page).evaluateAll((articles) =>
    articles.map((a) => {
      const r = a.getBoundingClientRect()
      return { left: r.left, right: r.right, top: r.top, bottom: r.bottom }
    }),
  )
  expect(boxes.length).toBeGreaterThan(1)
  const width = await page.evaluate(() => document.documentElement.clientWidth)
  for (const [i, box] of boxes.entries()) {
    // Every card spans the column and starts below the one before it.
    expect(box.right - box.left, `card ${i} width`).toBeGreaterThan(width * 0.8)
    expect(box.right, `card ${i} fits the screen`).toBeLessThanOrEqual(width + 1)
    if (i > 0)
      expect(box.top, `card ${i} is below card ${i - 1}`).toBeGreaterThanOrEqual(
        boxes[i - 1]!.bottom,
      )
  }
  // Nothing scrolls sideways.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width)
})
