import { expect, test, type Page } from '@playwright/test'
import { countText } from './support/data.ts'
import { expectCount, openFeed, searchBox, focusedSlug } from './support/feed.ts'
import { projectData } from './support/project.ts'

/*
 * The reader's keyboard shortcuts (src/shared/shortcuts.ts): every one of them, from the feed
 * and the story page, and inert while typing.
 */

const headlineLinks = (page: Page) => page.locator('#stories a[data-story-link]')

test('j and k move through the stories, focused and on screen; o and Enter open one', async ({
  page,
}) => {
  const site = projectData()
  await openFeed(page, '/')
  await expectCount(page, countText(site.facets.articleCount))
  const shown = Math.min(site.cards.length, 24)
  test.skip(shown < 3, 'too few stories to move through')

  await page.keyboard.press('j')
  await expect.poll(() => focusedSlug(page)).toBe(site.cards[0]!.slug)
  await page.keyboard.press('j')
  await expect.poll(() => focusedSlug(page)).toBe(site.cards[1]!.slug)
  await page.keyboard.press('k')
  await expect.poll(() => focusedSlug(page)).toBe(site.cards[0]!.slug)
  // k on the first story stays there; j on to a story below the first screen scrolls to it.
  await page.keyboard.press('k')
  await expect.poll(() => focusedSlug(page)).toBe(site.cards[0]!.slug)
  const far = shown - 1
  for (let i = 0; i < far; i++) {
    await page.keyboard.press('j')
    await expect.poll(() => focusedSlug(page)).toBe(site.cards[i + 1]!.slug)
  }
  await expect(headlineLinks(page).nth(far)).toBeInViewport()
  // j past the last story stays on it.
  await page.keyboard.press('j')
  await expect.poll(() => focusedSlug(page)).toBe(site.cards[far]!.slug)

  // o opens the focused story.
  await page.keyboard.press('o')
  await expect(page).toHaveURL(`/articles/${site.cards[far]!.slug}`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(site.cards[far]!.title)
  // Back, then j from nothing focused starts at the first story on screen; Enter opens it.
  await page.goBack()
  await expect(headlineLinks(page).first()).toBeVisible()
  await page.evaluate(() => {
    ;(document.activeElement as HTMLElement | null)?.blur()
    window.scrollTo(0, 0)
  })
  await page.keyboard.press('j')
  await expect.poll(() => focusedSlug(page)).toBe(site.cards[0]!.slug)
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(`/articles/${site.cards[0]!.slug}`)
})

test('j and k work in the list view too', async ({ page }) => {
  const site = projectData()
  test.skip(site.cards.length < 2, 'too few stories')
  await openFeed(page, '/?view=list')
  await page.keyboard.press('j')
  await page.keyboard.press('j')
  await expect.poll(() => focusedSlug(page)).toBe(site.cards[1]!.slug)
})

test('v opens the original article in a new tab, from the feed and from a story page', async ({
  page,
  context,
}) => {
  const site = projectData()
  const story = site.articles().find((a) => /^https?:/.test(a.url))
  test.skip(!story, 'no story with an original link')
  // The publishers' pages are answered here, so the test needs no network.
  await context.route(/^https?:\/\/(?!localhost|127\.0\.0\.1)/, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<title>Original</title>' }),
  )
  const index = site.cards.findIndex((c) => c.slug === story!.slug)
  test.skip(index < 0 || index >= 24, 'the story is not on the first page')

  await openFeed(page, '/')
  for (let i = 0; i <= index; i++) await page.keyboard.press('j')
  await expect.poll(() => focusedSlug(page)).toBe(story!.slug)
  const fromFeed = context.waitForEvent('page')
  await page.keyboard.press('v')
  const tab = await fromFeed
  await expect.poll(() => tab.url()).toBe(new URL(story!.url).href)
  // The feed stays where it was, the story still focused.
  await expect(page).toHaveURL('/')
  await tab.close()

  await page.goto(`/articles/${story!.slug}`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(story!.title)
  const readAt = page.locator('a[data-shortcut="original"]')
  await expect(readAt).toHaveAttribute('aria-keyshortcuts', 'v')
  const fromStory = context.waitForEvent('page')
  await page.keyboard.press('v')
  const second = await fromStory
  await expect.poll(() => second.url()).toBe(new URL(story!.url).href)
})

test('g then h, t, s and , go to the latest stories, topics, sources and settings', async ({
  page,
}) => {
  const site = projectData()
  await openFeed(page, '/')
  for (const [key, path, heading] of [
    ['t', '/topics', /Topics/],
    ['s', '/sources', /Sources/],
    [',', '/settings', /Settings/],
    ['h', '/', undefined],
  ] as const) {
    await page.keyboard.press('g')
    await page.keyboard.press(key)
    await expect(page).toHaveURL(path)
    if (heading) await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading)
  }
  await expectCount(page, countText(site.facets.articleCount))
  // g alone, then a key that is no sequence: nothing happens, and j works again after it.
  await page.keyboard.press('g')
  await page.keyboard.press('x')
  await expect(page).toHaveURL('/')
  await page.keyboard.press('j')
  await expect.poll(() => focusedSlug(page)).toBe(site.cards[0]!.slug)
})

test('? lists every shortcut in a dialog that Esc closes; the footer button opens it too', async ({
  page,
}) => {
  await openFeed(page, '/')
  await page.keyboard.press('?')
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
  await expect(dialog).toBeVisible()
  for (const text of [
    'Next story',
    'Previous story',
    'Open the story',
    'Open the original article in a new tab',
    'Search',
    'Go to the latest stories',
    'Go to topics',
    'Go to sources',
    'Go to settings',
    'Show these shortcuts',
    'Close a dialog or the filters',
  ])
    await expect(dialog.getByText(text, { exact: false }).first()).toBeVisible()
  // While it is open the page's shortcuts are off: j moves nothing behind it.
  await page.keyboard.press('j')
  await expect.poll(() => focusedSlug(page)).toBeNull()
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()

  const button = page.getByRole('button', { name: /Keyboard shortcuts/ })
  await button.click()
  await expect(dialog).toBeVisible()
  await dialog.getByRole('button', { name: 'Close' }).click()
  await expect(dialog).toBeHidden()
  await expect(button).toBeFocused()
})

test('shortcuts are inert while typing; / focuses the search box', async ({ page }) => {
  await openFeed(page, '/')
  await page.keyboard.press('/')
  const box = searchBox(page)
  await expect(box).toBeFocused()
  await page.keyboard.type('jk?g')
  await expect(box).toHaveValue('jk?g')
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeHidden()
  await expect(box).toBeFocused()
  // Ctrl or Cmd with a key is the browser's: no shortcut runs.
  await box.fill('')
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
  await page.keyboard.press('Control+j')
  await expect.poll(() => focusedSlug(page)).toBeNull()
})
