import { afterFirstWrite } from './support/reader-state.ts'
import { expect, test, type Locator, type Page } from '@playwright/test'
import { countText } from './support/data.ts'
import { expectCount, openFeed } from './support/feed.ts'
import { projectData } from './support/project.ts'

/*
 * The reader's display settings: theme (no flash of the wrong one on load), card or list
 * layout (remembered, and in the URL as view=list), text size; and a reader whose browser will
 * not keep them.
 */

const KEY = 'broadsheet:reader'
const stories = (page: Page) => page.getByRole('feed', { name: 'Stories' })
const root = (page: Page) => page.locator('html')
const background = (page: Page) =>
  page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)
const stored = (page: Page) =>
  page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), KEY)

/** Headlines wholly on the first screen. */
async function headlinesOnFirstScreen(page: Page, list: Locator): Promise<number> {
  const height = page.viewportSize()!.height
  const boxes = await list
    .getByRole('heading')
    .evaluateAll((els) => els.map((el) => el.getBoundingClientRect().bottom))
  return boxes.filter((bottom) => bottom <= height).length
}

test('the theme button goes System → Light → Dark, and the choice is painted before the app runs', async ({
  page,
}) => {
  const site = projectData()
  await page.emulateMedia({ colorScheme: 'light' })
  await openFeed(page, '/')
  const light = await background(page)
  const button = page.getByRole('button', { name: /^Theme: System/ })
  await button.click()
  await expect(root(page)).toHaveAttribute('data-theme', 'light')
  await page.getByRole('button', { name: /^Theme: Light/ }).click()
  await expect(root(page)).toHaveAttribute('data-theme', 'dark')
  await expect.poll(() => background(page)).not.toBe(light)
  const dark = await background(page)
  expect((await stored(page)).preferences.theme).toBe('dark')

  // Reloaded with the app's scripts held back: index.html's own script has already chosen dark.
  await page.route('**/assets/*.js', (route) => route.abort())
  await page.reload()
  await expect(root(page)).toHaveAttribute('data-theme', 'dark')
  expect(await background(page)).toBe(dark)
  await page.unroute('**/assets/*.js')

  // With the app: still dark, and the button says so.
  await page.reload()
  await expectCount(page, countText(site.facets.articleCount))
  await expect(page.getByRole('button', { name: /^Theme: Dark/ })).toBeVisible()
  await page.getByRole('button', { name: /^Theme: Dark/ }).click()
  await expect(root(page)).not.toHaveAttribute('data-theme', /./)
  expect(await background(page)).toBe(light)
})

test('another open tab follows the theme chosen in this one', async ({ page, context }) => {
  await openFeed(page, '/')
  const other = await context.newPage()
  await other.goto('/topics')
  await expect(other.getByRole('heading', { level: 1 })).toHaveText('Topics')
  await page.getByRole('button', { name: /^Theme: System/ }).click()
  await expect(root(other)).toHaveAttribute('data-theme', 'light')
  await page.getByRole('button', { name: /^Theme: Light/ }).click()
  await expect(root(other)).toHaveAttribute('data-theme', 'dark')
})

for (const { width, height, least } of [
  { width: 390, height: 844, least: 8 },
  { width: 1440, height: 900, least: 15 },
]) {
  test(`list view at ${width} × ${height}: at least ${least} headlines on the first screen, remembered`, async ({
    page,
  }) => {
    const site = projectData()
    test.skip(site.facets.articleCount < least, 'too few articles to fill a screen')
    await page.setViewportSize({ width, height })
    await openFeed(page, '/')
    const toggle = page.getByRole('button', { name: 'List view' })
    await expect(toggle).toHaveAttribute('aria-pressed', 'false')
    await toggle.click()
    await expect(page).toHaveURL((url) => url.searchParams.get('view') === 'list')
    const list = stories(page)
    await expect(list.getByRole('article')).toHaveCount(Math.min(24, site.facets.articleCount))
    await expect(list.getByRole('heading').first()).toHaveText(site.cards[0]!.title)
    expect(await headlinesOnFirstScreen(page, list)).toBeGreaterThanOrEqual(least)
    // Each row: the headline's link, its source and date.
    const first = list.getByRole('article').first()
    await expect(first.getByRole('link')).toHaveAttribute(
      'href',
      `/articles/${site.cards[0]!.slug}`,
    )
    await expect(first.locator('time')).toHaveAttribute('datetime', site.cards[0]!.date)

    // Remembered: the plain address opens as a list, and the toggle says so.
    await openFeed(page, '/')
    await expect(stories(page).getByRole('article').first()).toBeVisible()
    expect(await headlinesOnFirstScreen(page, stories(page))).toBeGreaterThanOrEqual(least)
    await expect(toggle).toHaveAttribute('aria-pressed', 'true')
    // Back to cards: the URL loses view, and the cards have their pictures' place again.
    await toggle.click()
    await expect(toggle).toHaveAttribute('aria-pressed', 'false')
    await expect(page).toHaveURL((url) => !url.searchParams.has('view'))
    expect((await stored(page)).preferences.view).toBe('cards')
  })
}

test('a shared link with view=list opens as a list, and paging and filters keep it', async ({
  page,
}) => {
  const site = projectData()
  test.skip(site.facets.articleCount <= 24, 'one page only')
  await openFeed(page, '/?view=list')
  await page
    .getByRole('navigation', { name: 'Pages' })
    .getByRole('link', { name: 'Page 2', exact: true })
    .click()
  await expect(page).toHaveURL(
    (url) => url.searchParams.get('page') === '2' && url.searchParams.get('view') === 'list',
  )
  await expect(stories(page).getByRole('heading').first()).toHaveText(site.cards[24]!.title)
})

test('text size: Large scales the page and is kept across a reload', async ({ page }) => {
  await page.goto('/settings')
  const size = () => page.evaluate(() => getComputedStyle(document.documentElement).fontSize)
  expect(await size()).toBe('16px')
  await page.getByRole('radio', { name: 'Large' }).check()
  await expect(root(page)).toHaveAttribute('data-text-size', 'large')
  expect(await size()).toBe('18px')
  await page.reload()
  await expect(page.getByRole('radio', { name: 'Large' })).toBeChecked()
  expect(await size()).toBe('18px')
  await page.getByRole('radio', { name: 'Normal' }).check()
  await expect(root(page)).not.toHaveAttribute('data-text-size', /./)
})

test('a browser that will not keep the reading state: the reader works and says so once', async ({
  page,
}) => {
  const site = projectData()
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError')
      },
    })
  })
  await page.goto('/')
  const notice = page.getByRole('status', { name: 'Reading state' })
  await expect(notice).toHaveText(/will be forgotten when the tab closes/)
  await expect(page.getByRole('main').getByRole('status').last()).toHaveText(
    countText(site.facets.articleCount),
  )
  // Settings still work for this tab.
  await page.getByRole('button', { name: /^Theme: System/ }).click()
  await expect(root(page)).toHaveAttribute('data-theme', 'light')
  await notice.getByRole('button', { name: 'Dismiss' }).click()
  await expect(notice).toBeHidden()
})

test('garbage in storage: the reader starts afresh, says so once, and keeps a copy aside', async ({
  page,
}) => {
  await page.goto('/settings')
  await afterFirstWrite(page)
  await page.evaluate((key) => localStorage.setItem(key, '{"version":1,"preferences":'), KEY)
  await page.reload()
  await expect(page.getByRole('status', { name: 'Reading state' })).toHaveText(/could not be read/)
  await page.getByRole('radio', { name: 'Dark' }).check()
  expect(await page.evaluate(() => localStorage.getItem('broadsheet:reader:damaged'))).toBe(
    '{"version":1,"preferences":',
  )
  expect((await stored(page)).preferences.theme).toBe('dark')
  await page.reload()
  await expect(page.getByRole('radio', { name: 'Dark' })).toBeChecked()
  await expect(page.getByRole('status', { name: 'Reading state' })).toBeHidden()
})
