import { expect, test, type Locator, type Page } from '@playwright/test'
import { countText, escapeRegExp, type ArticleDetail } from './support/data.ts'
import { projectData } from './support/project.ts'
import { cards, expectCount, filterAside, openFeed } from './support/feed.ts'
import { routeImages, type ImageMode } from './support/images.ts'

/*
 * Reading speed, measured: headlines on the first phone screen, the way out of a story page
 * without scrolling, Tab presses to the first story, dates counted from the collection's newest
 * story, text cards when pictures fail. Each journey runs with every remote image failing (as
 * offline, or when a publisher deletes one) and with stand-in images.
 */

const PHONE = { width: 390, height: 844 }
const DESKTOP = { width: 1440, height: 900 }
const DAY_MS = 86_400_000

/** The headlines of the feed's cards that are wholly inside the viewport. */
async function headlinesInView(page: Page): Promise<string[]> {
  return cards(page).evaluateAll((articles) =>
    articles.flatMap((article) => {
      const h = article.querySelector('h2, h3')
      if (!h) return []
      const r = h.getBoundingClientRect()
      return r.top >= 0 && r.bottom <= window.innerHeight ? [h.textContent?.trim() ?? ''] : []
    }),
  )
}

/**
 * Waits until every picture on or near the first screen has loaded (stub) or been taken away
 * (fail); lazy ones further down are not asked for yet.
 */
async function imagesSettled(page: Page, mode: ImageMode) {
  const states = () =>
    page.evaluate(() =>
      [...document.querySelectorAll('main img')]
        .filter((img) => {
          // Drawn (not in a hidden part of the page) and on or near the first screen.
          const r = img.getBoundingClientRect()
          return r.width > 0 && r.top < window.innerHeight * 1.5
        })
        .map((el) => {
          const img = el as HTMLImageElement
          return !img.complete ? 'loading' : img.naturalWidth > 0 ? 'loaded' : 'broken'
        }),
    )
  const settled = async () => {
    const now = await states()
    return mode === 'fail' ? now.length === 0 : now.every((state) => state === 'loaded')
  }
  await expect
    .poll(settled, { message: mode === 'fail' ? 'failed pictures leave no box' : 'all load' })
    .toBe(true)
}

/** The story pictures (not the provider logos) in `scope`, as rendered boxes. */
const pictures = (scope: Locator) =>
  scope
    .locator('img')
    .evaluateAll((imgs) =>
      imgs.map((img) => img.getBoundingClientRect()).filter((r) => r.width > 100),
    )

for (const mode of ['fail', 'stub'] as const) {
  test.describe(`images ${mode === 'fail' ? 'failing' : 'loading'}`, () => {
    test.beforeEach(async ({ page }) => routeImages(page, mode))

    test.describe('on a phone', () => {
      test.use({ viewport: PHONE })

      test('three or more headlines on the first screen, under a header of ~160 px', async ({
        page,
      }) => {
        const site = projectData()
        await openFeed(page, '/')
        await expectCount(page, countText(site.facets.articleCount))
        await imagesSettled(page, mode)
        // Masthead, sections, search and the feed's toolbar (count, Filters, Sort).
        const toolbar = await page.getByRole('button', { name: /^Filters/ }).boundingBox()
        expect(
          toolbar!.y + toolbar!.height,
          'the header and toolbar end by ~160 px',
        ).toBeLessThanOrEqual(165)
        const shown = await headlinesInView(page)
        expect(shown, `headlines wholly on the first screen: ${shown.join(' | ')}`).toEqual(
          site.cards.slice(0, shown.length).map((c) => c.title),
        )
        expect(shown.length).toBeGreaterThanOrEqual(Math.min(3, site.cards.length))
        // Nothing scrolls sideways.
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
          PHONE.width,
        )
      })
    })

    for (const viewport of [DESKTOP, PHONE]) {
      test(`at ${viewport.width} px the story's "Read at" is on the first screen, the picture after it`, async ({
        page,
      }) => {
        await page.setViewportSize(viewport)
        const site = projectData()
        // The story with the longest headline (the worst case), and one with a picture.
        const detail = site
          .articles()
          .filter((a) => a.url)
          .sort((a, b) => b.title.length - a.title.length || Number(b.images.length > 0) - 1)[0]!
        await page.goto(`/articles/${detail.slug}`)
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(detail.title)
        const story = page.getByRole('article', { name: detail.title })
        const readAt = story.getByRole('link', {
          name: new RegExp(`^Read at ${escapeRegExp(detail.provider.name)}`),
        })
        await expect(readAt).toBeInViewport({ ratio: 1 })
        const box = (await readAt.boundingBox())!
        expect(box.y + box.height).toBeLessThanOrEqual(viewport.height)
        const meta = (await story.locator('time').first().boundingBox())!
        expect(box.y, '"Read at" comes right under the meta line').toBeGreaterThan(meta.y)
        if (mode === 'stub' && detail.images.length > 0) {
          await imagesSettled(page, mode)
          const [picture, ...more] = await pictures(story)
          expect(more).toEqual([])
          expect(picture!.y, 'the picture follows "Read at"').toBeGreaterThan(box.y + box.height)
        } else if (mode === 'fail') {
          await imagesSettled(page, mode)
          expect(await pictures(story), 'no empty picture box').toEqual([])
        }
      })
    }
  })
}

test('pictures that load keep one aspect ratio per card size, without shifting the page', async ({
  page,
}) => {
  await routeImages(page, 'stub')
  await page.setViewportSize(DESKTOP)
  // Layout shifts from the first paint on, as the browser scores them (CLS).
  await page.addInitScript(() => {
    const w = window as unknown as { shift: number }
    w.shift = 0
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[])
        if (!e.hadRecentInput) w.shift += e.value
    }).observe({ type: 'layout-shift', buffered: true })
  })
  const site = projectData()
  await openFeed(page, '/')
  await expectCount(page, countText(site.facets.articleCount))
  await imagesSettled(page, 'stub')
  const ratios = await cards(page).evaluateAll((articles) =>
    articles.slice(1).flatMap((a) => {
      const img = [...a.querySelectorAll('img')].find((i) => i.getBoundingClientRect().width > 100)
      const r = img?.getBoundingClientRect()
      return r ? [r.width / r.height] : []
    }),
  )
  expect(ratios.length).toBeGreaterThan(0)
  for (const ratio of ratios) expect(ratio).toBeCloseTo(16 / 9, 1)
  expect(await page.evaluate(() => (window as unknown as { shift: number }).shift)).toBeLessThan(
    0.1,
  )
})

test('from page load, the first headline takes at most 3 Tab presses', async ({ page }) => {
  const site = projectData()
  await openFeed(page, '/')
  await expectCount(page, countText(site.facets.articleCount))
  const headline = cards(page).first().getByRole('heading').getByRole('link')
  const isFocused = () => headline.evaluate((el) => el === document.activeElement)
  let tabs = 0
  while (tabs < 3 && !(await isFocused())) {
    await page.keyboard.press('Tab')
    tabs++
    // The skip link is the way: follow it.
    const active = await page.evaluate(() => document.activeElement?.textContent ?? '')
    if (active === 'Skip to stories') await page.keyboard.press('Enter')
  }
  await expect(headline).toBeFocused()
  expect(tabs).toBeLessThanOrEqual(3)
})

test('dates are counted from the newest story: relative only within a week', async ({ page }) => {
  const site = projectData()
  // The wall clock years after the collection: nothing may say "years ago".
  await page.clock.setFixedTime(new Date(Date.parse(site.facets.newest!) + 900 * DAY_MS))
  await openFeed(page, '/')
  await expectCount(page, countText(site.facets.articleCount))
  const times = await cards(page)
    .locator('time')
    .evaluateAll((els) =>
      els.map((el) => ({
        text: el.textContent?.trim() ?? '',
        datetime: el.getAttribute('datetime') ?? '',
        title: el.getAttribute('title') ?? '',
      })),
    )
  const newest = Date.parse(site.facets.newest!)
  const newestYear = new Date(newest).getUTCFullYear()
  for (const t of times) {
    const age = newest - Date.parse(t.datetime)
    expect(t.title, 'the full date and time on hover').toMatch(/\d{4}.*\d{1,2}:\d{2}/)
    if (/ago$|^Yesterday$|^Latest$/.test(t.text)) {
      expect(age, `${t.text} is within a week of the newest story`).toBeLessThan(7 * DAY_MS)
      expect(t.text).not.toMatch(/years? ago|months? ago|weeks? ago/)
    } else {
      const year = new Date(t.datetime).getUTCFullYear()
      expect(t.text).toMatch(
        year === newestYear ? /^[A-Z][a-z]{2} \d{1,2}$/ : /^[A-Z][a-z]{2} \d{1,2}, \d{4}$/,
      )
    }
  }
  // The newest story is the collection's "now" (the presets count from it: narrowing.spec.ts).
  expect(times[0]!.text).toBe('Latest')
})

test('feed titles follow the view', async ({ page }) => {
  const site = projectData()
  const topic = site.facets.topics.find((t) => t.count < site.facets.articleCount)!
  const provider = site.facets.providers[0]!
  await openFeed(page, `/?topic=${topic.slug}`)
  await expect(page).toHaveTitle(`${topic.name} — Broadsheet`)
  await openFeed(page, `/?source=${provider.domain}`)
  await expect(page).toHaveTitle(`${provider.name} — Broadsheet`)
  await openFeed(page, `/?q=${encodeURIComponent('facial recognition')}`)
  await expect(page).toHaveTitle('“facial recognition” — search — Broadsheet')
  await openFeed(page, `/topics/${topic.slug}`)
  await expect(page).toHaveTitle(`${topic.name} — Broadsheet`)
  await openFeed(page, '/')
  await expect(page).toHaveTitle(/Broadsheet/)
})

/** The story's topic with the fewest stories in the collection (ties: the first listed). */
function mostSpecific(detail: ArticleDetail): string {
  const count = (slug: string) => projectData().facets.topics.find((t) => t.slug === slug)!.count
  return detail.topics.reduce((best, t) => (count(t.slug) < count(best.slug) ? t : best)).name
}

test('a story page: the most specific topic as kicker, scores in words', async ({ page }) => {
  const site = projectData()
  const stories = site.articles().filter((a) => a.topics.length > 1)
  // Prefer one whose most specific topic is not its first: the kicker is chosen, not copied.
  const detail =
    stories.find((a) => mostSpecific(a) !== a.topics[0]!.name) ?? stories[0] ?? site.articles()[0]!
  await page.goto(`/articles/${detail.slug}`)
  const story = page.getByRole('article', { name: detail.title })
  await expect(story.getByRole('link').first()).toHaveText(mostSpecific(detail))

  // The hottest story: "Hot", and meters with what they mean.
  const hottest = site
    .articles()
    .filter((a) => a.heat !== undefined)
    .sort((a, b) => b.heat! - a.heat!)[0]
  test.skip(!hottest, 'no story has a heat score')
  await page.goto(`/articles/${hottest!.slug}`)
  const signals = page.getByRole('list', { name: 'Signals' })
  const attention = signals.getByRole('meter', { name: 'Attention' })
  const rank = Number(await attention.getAttribute('aria-valuenow'))
  // "Hot" is the top tenth: the hottest of a big collection is; of five stories, none is.
  if (site.facets.articleCount >= 20) expect(rank).toBeGreaterThanOrEqual(90)
  await expect(signals.getByText('Hot', { exact: true })).toHaveCount(rank >= 90 ? 1 : 0)
  await expect(attention).toHaveAttribute(
    'aria-valuetext',
    /^(Top 10%|Top 25%|Top half|Lower half): higher than \d+% of the collection$/,
  )
  await expect(attention).toHaveAttribute('title', new RegExp(`^Heat ${hottest!.heat}: `))
  await expect(signals).not.toContainText(/Heat \d/)
  if (hottest!.quality !== undefined) {
    await expect(signals.getByRole('meter', { name: 'Quality' })).toHaveAttribute(
      'aria-valuetext',
      /^(Top 10%|Top 25%|Top half|Lower half): higher than \d+% of the collection$/,
    )
  }
})

test('the filter column fits a 1440 × 900 window or scrolls on its own, nothing clipped', async ({
  page,
}) => {
  await page.setViewportSize(DESKTOP)
  const site = projectData()
  await openFeed(page, '/?from=2000-01-01&to=2030-12-31')
  const aside = filterAside(page)
  const column = aside.locator(':scope > div')
  // Once the page scrolls, the column sticks to the top of the window.
  await aside.evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY))
  await expect
    .poll(() => column.evaluate((el) => el.getBoundingClientRect().top))
    .toBeGreaterThanOrEqual(0)
  const { fits, scrolls, bottom } = await column.evaluate((el) => ({
    fits: el.scrollHeight <= el.clientHeight + 1,
    scrolls: ['auto', 'scroll'].includes(getComputedStyle(el).overflowY),
    bottom: el.getBoundingClientRect().bottom,
  }))
  expect(fits || scrolls, 'fits, or scrolls on its own').toBe(true)
  expect(bottom).toBeLessThanOrEqual(DESKTOP.height)
  // Labels wrap rather than being cut; date inputs show their whole value.
  const cut = await aside
    .locator('label, input[type="date"]')
    .evaluateAll((els) =>
      els.filter((el) => el.scrollWidth > el.clientWidth + 1).map((el) => el.textContent),
    )
  expect(cut).toEqual([])
  expect(site.facets.topics.length).toBeGreaterThan(0)
})

test('on a phone, the filter drawer counts what it holds and dims the page', async ({ page }) => {
  await page.setViewportSize(PHONE)
  await page.emulateMedia({ colorScheme: 'dark' })
  const site = projectData()
  const topic = site.facets.topics.find((t) => t.count < site.facets.articleCount)!
  const word = topic.name.split(' ')[0]!.toLowerCase()
  await openFeed(page, `/?q=${encodeURIComponent(word)}&topic=${topic.slug}`)
  // The search is not in the drawer: only the topic counts.
  const open = page.getByRole('button', { name: /^Filters/ })
  await expect(open).toHaveAccessibleName('Filters 1 active')
  await open.click()
  const dialog = page.getByRole('dialog', { name: 'Filters' })
  await expect(dialog).toBeVisible()
  const status = await page.getByRole('main').getByRole('status').textContent()
  const n = Number(status!.replace(/\D/g, ''))
  await expect(
    dialog.getByRole('button', { name: `Show ${n} ${n === 1 ? 'story' : 'stories'}` }),
  ).toBeVisible()
  // The backdrop darkens (never a grey wash in dark mode).
  const backdrop = await page
    .locator('dialog[open]')
    .evaluate((el) => getComputedStyle(el, '::backdrop').backgroundColor)
  expect(backdrop, 'black at 40% or more').toMatch(
    /^(rgba\(0, 0, 0, |oklab\(0 0 0 \/ |color\(srgb 0 0 0 \/ )0?\.[4-9]\d*\)$/,
  )
})
