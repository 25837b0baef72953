import { expect, type Locator, type Page } from '@playwright/test'
import { escapeRegExp } from './data.ts'

/** The story cards of the feed on the page (feed, topic and source pages). */
export const cards = (page: Page) => page.getByRole('main').getByRole('article')

/** The feed's live count ("242 articles"). */
/** The slug of the story whose headline link has focus (cards and rows mark theirs), or null. */
export const focusedSlug = (page: Page) =>
  page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.storyLink ?? null)

export const feedStatus = (page: Page) => page.getByRole('main').getByRole('status')

/** The header's search box. */
export const searchBox = (page: Page) => page.getByRole('searchbox', { name: 'Search articles' })

/**
 * Picks an order in the Sort select and waits for it to render: the URL changes a moment
 * before the new order does, and the select (controlled) shows the new value only with it.
 */
export async function selectSort(page: Page, label: string, value: string) {
  const sort = page.getByRole('combobox', { name: 'Sort' })
  await sort.selectOption({ label })
  await expect(page).toHaveURL((url) => url.searchParams.get('sort') === value)
  await expect(sort).toHaveValue(value)
}

/** The desktop filter sidebar. */
export const filterAside = (page: Page) => page.getByRole('complementary', { name: 'Filters' })

/**
 * A facet checkbox by its option's name; the accessible name is "<name> , <n> articles", so
 * the name is anchored to the separator ("AI" must not match "AI Hardware").
 */
export const facetCheckbox = (scope: Locator, name: string) =>
  scope.getByRole('checkbox', { name: new RegExp(`^${escapeRegExp(name)} ,`) })

/** The count a facet checkbox announces ("Computer Vision , 31 articles" → 31). */
export async function checkboxCount(checkbox: Locator): Promise<number> {
  const label = await checkbox.evaluate(
    (el) => (el as HTMLInputElement).labels?.[0]?.textContent ?? '',
  )
  const match = /, ?([\d,]+) articles?$/.exec(label.trim())
  if (!match) throw new Error(`no count in checkbox label "${label}"`)
  return Number(match[1]!.replace(/,/g, ''))
}

/**
 * Makes an option of a facet fieldset visible: only the first eight are listed until "Show
 * all", so a later one is found with the fieldset's search box.
 */
export async function revealOption(group: Locator, name: string): Promise<Locator> {
  const checkbox = facetCheckbox(group, name)
  if (!(await checkbox.isVisible())) {
    await group.getByRole('searchbox').fill(name)
  }
  await expect(checkbox).toBeVisible()
  return checkbox
}

export interface CardFacts {
  title: string
  href: string
  provider: string
  topics: string[]
  datetime: string
}

/** What each card on the page shows: headline and link, provider, topic tags, date. */
export async function cardFacts(page: Page): Promise<CardFacts[]> {
  return cards(page).evaluateAll((articles) =>
    articles.map((article) => {
      const link = article.querySelector<HTMLAnchorElement>('h2 a, h3 a')
      // The meta line: logo or monogram (aria-hidden), provider name, "·" (aria-hidden), time.
      const meta = [...(article.querySelector('p')?.children ?? [])].filter(
        (el) => el.getAttribute('aria-hidden') !== 'true' && el.localName === 'span',
      )
      return {
        title: link?.textContent?.trim() ?? '',
        href: link?.getAttribute('href') ?? '',
        provider: meta.map((el) => el.textContent?.trim()).join(' '),
        topics: [...article.querySelectorAll('ul[aria-label="Topics"] a')].map(
          (a) => a.textContent?.trim() ?? '',
        ),
        datetime: article.querySelector('time')?.getAttribute('datetime') ?? '',
      }
    }),
  )
}

/** Waits until the feed shows `count` and its cards are in place for that count. */
export async function expectCount(page: Page, text: string) {
  await expect(feedStatus(page)).toHaveText(text)
  await expect(page.getByRole('main').locator('ol[aria-busy="true"]')).toHaveCount(0)
}

/** Presses Tab until `target` has focus (at most `max` times). */
export async function tabTo(page: Page, target: Locator, max = 150) {
  // One handle: re-resolving a role locator after every key press is slow.
  const handle = await target.elementHandle()
  if (!handle) throw new Error(`${target.toString()} is not on the page`)
  try {
    for (let i = 0; i < max; i++) {
      await page.keyboard.press('Tab')
      if (await handle.evaluate((el) => el === document.activeElement)) return
    }
  } finally {
    await handle.dispose()
  }
  throw new Error(`Tab did not reach ${target.toString()} in ${max} presses`)
}

/**
 * Opens the story behind `headline` from below the fold, checks that the story page starts at
 * the top, goes Back, runs `afterBack` (checks of the restored view), and checks that the feed
 * is at the same scroll position again (±10 px).
 */
export async function openStoryAndGoBack(
  page: Page,
  headline: Locator,
  title: string,
  afterBack?: () => Promise<void>,
) {
  await headline.scrollIntoViewIfNeeded()
  await picturesAboveSettled(headline)
  await headline.scrollIntoViewIfNeeded()
  const scrollY = () => page.evaluate(() => window.scrollY)
  const top = () => headline.evaluate((link) => Math.round(link.getBoundingClientRect().top))
  const before = await scrollY()
  const topBefore = await top()
  expect(before, 'the card is below the fold').toBeGreaterThan(200)

  await headline.click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title)
  await expect.poll(scrollY, { message: 'a new page starts at the top' }).toBe(0)

  await page.goBack()
  await afterBack?.()
  await expect(headline).toBeVisible()
  await expect
    .poll(async () => Math.abs((await scrollY()) - before), {
      message: `scrollY returns to ${before}`,
    })
    .toBeLessThanOrEqual(10)
  // …and the story stays where the reader left it: pictures that failed before are not tried
  // again, so nothing above it collapses after the position is restored.
  await picturesAboveSettled(headline)
  expect(
    Math.abs((await top()) - topBefore),
    'the card is where it was on screen',
  ).toBeLessThanOrEqual(10)
}

/**
 * Waits until every picture above the headline, up to 1,000 px above the screen, has loaded or
 * been dropped: one that fails turns its card into a text card and moves everything below it.
 * Chromium starts lazy pictures 1,250 px or more from the screen; ones further up may never be
 * asked for, and then never move anything.
 */
async function picturesAboveSettled(headline: Locator) {
  await expect
    .poll(
      () =>
        headline.evaluate((link) => {
          const top = link.getBoundingClientRect().top
          return [...document.querySelectorAll<HTMLImageElement>('main img')].filter((img) => {
            const box = img.getBoundingClientRect()
            return box.top < top && box.bottom > -1000 && !(img.complete && img.naturalWidth > 0)
          }).length
        }),
      { message: 'pictures above the card still loading' },
    )
    .toBe(0)
}

/**
 * Opens a feed URL and waits for its count: longer than an assertion's usual 5 s, since a cold
 * page (and, with q, the search worker and its index) can take that long on a busy machine.
 */
export async function openFeed(page: Page, url: string) {
  await page.goto(url, { waitUntil: 'domcontentloaded' })
  await expect(feedStatus(page)).toHaveText(/^[\d,]+ articles?$/, { timeout: 20_000 })
}
