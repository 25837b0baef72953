import { readFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import { countText } from './support/data.ts'
import { cards, expectCount, openFeed, focusedSlug } from './support/feed.ts'
import { projectData } from './support/project.ts'

/*
 * The reader's own state, kept in the browser: read stories and "Hide read", saved stories with
 * their page, export and import, mutes, and "new since your last visit". Each survives a reload.
 */

const KEY = 'broadsheet:reader'
const stored = (page: Page) =>
  page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), KEY)
const card = (page: Page, title: string) =>
  cards(page).filter({ has: page.getByRole('heading', { name: title, exact: true }) })

test('a story opened is read: dimmed in the feed, hidden with Hide read, kept over a reload', async ({
  page,
}) => {
  const site = projectData()
  test.skip(site.cards.length < 3, 'too few stories')
  const [first, second] = site.cards
  await openFeed(page, '/')
  await expect(card(page, first!.title)).not.toHaveAttribute('data-read')
  await page.getByRole('link', { name: first!.title, exact: true }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(first!.title)
  await page.goBack()
  await expectCount(page, countText(site.facets.articleCount))
  await expect(card(page, first!.title)).toHaveAttribute('data-read', 'true')

  // m on the focused story marks it read; m again unread.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
  await page.keyboard.press('j')
  await page.keyboard.press('j')
  await expect.poll(() => focusedSlug(page)).toBe(second!.slug)
  await page.keyboard.press('m')
  await expect(card(page, second!.title)).toHaveAttribute('data-read', 'true')
  await page.keyboard.press('m')
  await expect(card(page, second!.title)).not.toHaveAttribute('data-read')
  // The feed's own keys (the ARIA feed pattern): PageDown and PageUp move between stories.
  const focusedStory = () =>
    page.evaluate(() =>
      document.activeElement
        ?.closest('article')
        ?.querySelector('[data-story-link]')
        ?.getAttribute('data-story-link'),
    )
  await page.keyboard.press('PageDown')
  await expect.poll(focusedStory).toBe(site.cards[2]!.slug)
  await expect(page.locator('#stories article:focus')).toHaveCount(1)
  await page.keyboard.press('PageUp')
  await expect.poll(focusedStory).toBe(second!.slug)

  await page.getByRole('button', { name: 'Hide read' }).click()
  await expect(page).toHaveURL((url) => url.searchParams.get('unread') === '1')
  await expectCount(page, countText(site.facets.articleCount - 1))
  await expect(card(page, first!.title)).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'Hide read' })).toHaveAttribute(
    'aria-pressed',
    'true',
  )

  await page.reload()
  await expectCount(page, countText(site.facets.articleCount - 1))
  expect(Object.keys((await stored(page)).read)).toEqual([first!.slug])
})

test('Shift+A marks the page read; the menu marks one unread again', async ({ page }) => {
  const site = projectData()
  const shown = Math.min(site.cards.length, 24)
  await openFeed(page, '/')
  await page.keyboard.press('Shift+A')
  await expect(page.locator('#stories article[data-read]')).toHaveCount(shown)
  const first = card(page, site.cards[0]!.title)
  await first.getByRole('button', { name: 'More actions' }).click()
  await page.getByRole('button', { name: 'Mark as unread' }).click()
  await expect(first).not.toHaveAttribute('data-read')
  await expect(page.locator('#stories article[data-read]')).toHaveCount(shown - 1)
  await page.goto('/?unread=1')
  await expectCount(page, countText(site.facets.articleCount - (shown - 1)))
})

test('saving: a card’s button and s, the saved page with its filters, export and import', async ({
  page,
}, testInfo) => {
  const site = projectData()
  test.skip(site.cards.length < 3, 'too few stories')
  const [first, second, third] = site.cards
  await openFeed(page, '/')
  await card(page, first!.title).getByRole('button', { name: 'Save' }).click()
  await expect(card(page, first!.title).getByRole('button', { name: 'Save' })).toHaveAttribute(
    'aria-pressed',
    'true',
  )
  // Focus is on the first card's button: j goes on to the second story.
  await page.keyboard.press('j')
  await expect.poll(() => focusedSlug(page)).toBe(second!.slug)
  await page.keyboard.press('s')
  await expect(card(page, second!.title).getByRole('button', { name: 'Save' })).toHaveAttribute(
    'aria-pressed',
    'true',
  )
  // On a story page: its button, and s.
  await page.getByRole('link', { name: third!.title, exact: true }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(third!.title)
  const save = page.getByRole('main').getByRole('button', { name: 'Save', exact: true })
  await expect(save).toHaveAttribute('aria-pressed', 'false')
  await page.keyboard.press('s')
  await expect(save).toHaveAttribute('aria-pressed', 'true')

  // g a: the saved page, newest saved first.
  await page.keyboard.press('g')
  await page.keyboard.press('a')
  await expect(page).toHaveURL('/saved')
  const list = page.getByRole('list', { name: 'Saved stories' })
  await expect(list.getByRole('link')).toHaveText([third!.title, second!.title, first!.title])
  await page.getByRole('searchbox', { name: 'Filter saved stories' }).fill(first!.title)
  await expect(list.getByRole('link')).toHaveText([first!.title])
  await page.getByRole('searchbox', { name: 'Filter saved stories' }).fill('')

  // Export as JSON and Markdown.
  const json = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Export JSON' }).click()
  const file = testInfo.outputPath('saved.json')
  await (await json).saveAs(file)
  const exported = JSON.parse(readFileSync(file, 'utf8'))
  expect(exported.format).toBe('broadsheet-saved')
  expect(exported.stories.map((s: { slug: string }) => s.slug)).toEqual([
    third!.slug,
    second!.slug,
    first!.slug,
  ])
  // The story page told the saved copy its original link.
  expect(exported.stories[0].url).toBe(site.article(third!.slug).url)
  const md = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Export Markdown' }).click()
  const mdFile = testInfo.outputPath('saved.md')
  await (await md).saveAs(mdFile)
  expect(readFileSync(mdFile, 'utf8')).toContain(`](<${site.article(third!.slug).url}>)`)

  // Unsave them all, then import the file back (plus one broken entry, skipped).
  // Focus moves to the story now in the unsaved one's place, and to the heading at the end.
  await list.getByRole('button', { name: `Unsave: ${first!.title}` }).click()
  await expect(list.getByRole('button', { name: `Unsave: ${second!.title}` })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(list.getByRole('button', { name: `Unsave: ${third!.title}` })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.getByText('Nothing saved yet')).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Saved stories', level: 1 })).toBeFocused()
  exported.stories.push({ slug: 'Not a slug!' })
  await page.getByLabel('Import JSON').setInputFiles({
    name: 'saved.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(exported)),
  })
  await expect(page.getByText(/Imported 3 stories; skipped 1/)).toBeVisible()
  await expect(list.getByRole('link')).toHaveCount(3)
  await page.reload()
  await expect(list.getByRole('link')).toHaveCount(3)
})

test('muting a source from a card’s menu: gone from the feed, shown on asking, undone in settings', async ({
  page,
}) => {
  const site = projectData()
  const provider = site.facets.providers[0]!
  test.skip(provider.count === site.facets.articleCount, 'one source only')
  const story = site.cards.find((c) => c.provider === provider.id)!
  await openFeed(page, '/')
  await expect(card(page, story.title)).toBeVisible()
  await card(page, story.title).getByRole('button', { name: 'More actions' }).click()
  await page.getByRole('button', { name: `Mute ${provider.name}` }).click()
  await expectCount(page, countText(site.facets.articleCount - provider.count))
  await expect(card(page, story.title)).toHaveCount(0)
  // Focus went to the story now in the muted one's place, not back to the top of the page.
  const left = site.cards.filter((c) => c.provider !== provider.id)
  const place = site.cards
    .slice(0, site.cards.indexOf(story))
    .filter((c) => c.provider !== provider.id)
  await expect
    .poll(() => focusedSlug(page))
    .toBe(left[Math.min(place.length, left.length - 1)]!.slug)
  await expect(page.getByText(/^[\d,]+ stor(y|ies) muted/)).toBeVisible()
  await page.getByRole('button', { name: 'Show', exact: true }).click()
  await expect(page).toHaveURL((url) => url.searchParams.get('muted') === 'show')
  await expectCount(page, countText(site.facets.articleCount))

  // Kept over a reload; the source's own page still shows its stories.
  await page.goto(`/sources/${provider.domain}`)
  await expectCount(page, countText(provider.count))
  await page.goto('/settings')
  const mutes = page.getByRole('list', { name: 'Muted topics and sources' })
  await expect(mutes.getByRole('listitem')).toHaveText([new RegExp(`Source: ${provider.name}`)])
  await mutes.getByRole('button', { name: `Unmute ${provider.name}` }).click()
  await expect(page.getByText('Nothing muted.')).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Muted' })).toBeFocused()
  await openFeed(page, '/')
  await expectCount(page, countText(site.facets.articleCount))
})

test('new since your last visit: a count in the masthead and a rule in the feed', async ({
  page,
}) => {
  const site = projectData()
  // Dates differ between the 3rd and 4th stories in every corpus used here.
  const seen = site.cards.findIndex((c, i) => i >= 3 && c.date < site.cards[i - 1]!.date)
  test.skip(seen < 0, 'no older story to have seen')
  await page.goto('/settings')
  // This first load records that it showed the newest story: only then is it safe to write.
  await expect.poll(async () => (await stored(page))?.seenNewest).toBe(site.facets.newest)
  await page.evaluate(
    ([key, date]) => {
      // A visit is the tab's session: this page load begins a new one.
      sessionStorage.clear()
      localStorage.setItem(
        key!,
        JSON.stringify({
          version: 2,
          read: {},
          saved: [],
          muted: { topics: [], sources: [] },
          seenNewest: date,
          preferences: { view: 'cards', theme: 'system', textSize: 'normal' },
        }),
      )
    },
    [KEY, site.cards[seen]!.date],
  )
  await openFeed(page, '/')
  await expect(page.getByRole('banner')).toContainText(`${seen} new since your last visit`)
  const rule = page.getByTestId('seen-rule')
  await expect(rule).toBeVisible()
  // The rule sits right above the first story seen before.
  const next = await rule.evaluate((el) =>
    el.nextElementSibling?.querySelector('[data-story-link]')?.getAttribute('data-story-link'),
  )
  expect(next).toBe(site.cards[seen]!.slug)
  // This visit has now seen the newest story: the next one starts from there.
  expect((await stored(page)).seenNewest).toBe(site.facets.newest)
  // A reload is the same visit: the count and the rule stay.
  await page.reload()
  await expect(page.getByRole('banner')).toContainText(`${seen} new since your last visit`)
  await expect(page.getByTestId('seen-rule')).toBeVisible()
  // A new tab is a new visit, which starts from the newest story this one showed.
  const later = await page.context().newPage()
  await openFeed(later, '/')
  await expectCount(later, countText(site.facets.articleCount))
  await expect(later.getByTestId('seen-rule')).toHaveCount(0)
  await expect(later.getByRole('banner')).not.toContainText('new since your last visit')
})
