import { expect, test, type Page } from '@playwright/test'
import { countText, escapeRegExp, words } from './support/data.ts'
import { project, projectDocs } from './support/project.ts'
import {
  hasExactWord,
  hasOwnWord,
  hasPhrase,
  hasWord,
  matchesWord,
  firstOfEachCluster,
  type Doc,
} from './support/search.ts'
import { cardFacts, cards, expectCount, openFeed, searchBox } from './support/feed.ts'

/*
 * The search also finds a story by the headlines of its related coverage (other outlets'
 * stories of the same news), ranked below the stories that have the word in their own text;
 * phrases and exclusions look at the own text only. Expected results come from the oracle in
 * support/search.ts over the built data files.
 */

/**
 * Per project: a story, a word only its related headlines have (and no other story's text),
 * a phrase of those headlines, and a word that other stories have in their own text.
 */
const cases: Record<string, { story: string; only: string; phrase: string; ranked: string }> = {
  bundled: {
    // "New Orleans police use of facial recognition technology nets zero arrests…"
    story:
      '2023-07-29-home-office-secretly-backs-facial-recognition-technology-to-curb-shoplifting',
    only: 'orleans',
    phrase: 'new orleans',
    ranked: 'police',
  },
  corpus: {
    // "Google tells facial recognition startup Clearview AI to stop scraping photos", …
    story: '2020-02-05-frustration-grows-in-china-as-face-masks-compromise-facial-recognition',
    only: 'clearview',
    phrase: 'clearview ai',
    ranked: 'photos',
  },
}
const theCase = () => {
  const c = cases[project()]
  if (!c) throw new Error(`no related-coverage case for project "${project()}"`)
  const story = projectDocs().find((d) => d.slug === c.story)
  if (!story) throw new Error(`no story ${c.story} in the "${project()}" build`)
  return { ...c, story }
}

const href = (d: Doc) => `/articles/${d.slug}`

/** Searches from the header box; checks the results, all on the first page. */
async function search(page: Page, q: string, expected: Doc[]) {
  expect(expected.length, `"${q}" fits one page`).toBeLessThanOrEqual(24)
  await searchBox(page).fill(q)
  // The chip comes with the cards of the same view; the first search loads the index.
  const chip = q.includes('"') ? q : `“${q}”`
  await expect(
    page
      .getByRole('list', { name: 'Active filters' })
      .getByRole('button', { name: `Remove search filter: ${chip}`, exact: true }),
  ).toBeVisible({ timeout: 15_000 })
  await expectCount(page, countText(expected.length))
  // One card per story cluster (which of its articles shows is the ranking's choice); the
  // count is of articles.
  const shown = (await cardFacts(page)).map((c) => c.href)
  const clusterOf = new Map(expected.map((d) => [href(d), d.cluster]))
  expect(
    shown.filter((h) => !clusterOf.has(h)),
    `cards for "${q}" that do not match it`,
  ).toEqual([])
  expect(new Set(shown.map((h) => clusterOf.get(h))).size, `the cards for "${q}"`).toBe(
    firstOfEachCluster(expected).length,
  )
  expect(shown).toHaveLength(firstOfEachCluster(expected).length)
}

test('a word only in a story’s related coverage finds it; its card marks nothing', async ({
  page,
}) => {
  const { story, only } = theCase()
  const docs = projectDocs()
  expect(hasOwnWord(story, only), `the story's own text lacks "${only}"`).toBe(false)
  expect(hasWord(story, only), `the story's related headlines have "${only}"`).toBe(true)
  const expected = docs.filter((d) => hasWord(d, only))
  expect(expected).toEqual([story])

  await openFeed(page, '/')
  await search(page, only, expected)
  // The card shows the story's own headline and excerpt: nothing of them matched.
  const card = cards(page).filter({ has: page.locator(`a[href="${href(story)}"]`) })
  await expect(card).toHaveCount(1)
  await expect(cards(page).locator('mark')).toHaveCount(0)

  // Its story page lists the related headline with the word.
  await card.getByRole('heading').getByRole('link').click()
  await expect(page.getByRole('heading', { level: 1, name: story.title })).toBeVisible()
  const related = page.getByRole('complementary', { name: /^Full coverage/ })
  await expect(
    related
      .getByRole('heading', { level: 4 })
      .filter({ hasText: new RegExp(`\\b${escapeRegExp(only)}`, 'i') })
      .first(),
  ).toBeVisible()
})

test('stories with the word in their own text come first, the related-only ones after', async ({
  page,
}) => {
  const { story, ranked } = theCase()
  const docs = projectDocs()
  const expected = docs.filter((d) => hasWord(d, ranked))
  const own = expected.filter((d) => hasOwnWord(d, ranked))
  /** Stories whose card (headline, excerpt) has the word. */
  const onCard = own.filter((d) => matchesWord([...d.fields.title, ...d.fields.excerpt], ranked))
  expect(onCard.length, `some stories have "${ranked}" in headline or excerpt`).toBeGreaterThan(0)
  expect(
    expected.filter((d) => !hasOwnWord(d, ranked)),
    `the story has "${ranked}" only in its related headlines`,
  ).toContainEqual(story)

  await openFeed(page, '/')
  await search(page, ranked, expected)
  const shown = (await cardFacts(page)).map((c) => c.href)
  const isOwn = new Set(own.map(href))
  expect(
    shown.map((h) => isOwn.has(h)),
    'own-text matches first',
  ).toEqual(shown.map((_, i) => i < firstOfEachCluster(own).length))
  // A card marks the word where it has it, and nothing when only related headlines do.
  const card = (d: Doc) =>
    cards(page)
      .nth(shown.indexOf(href(d)))
      .locator('mark')
  for (const d of expected.filter((d) => !hasOwnWord(d, ranked)))
    await expect(card(d)).toHaveCount(0)
  for (const d of onCard) await expect(card(d).first()).toBeVisible()
})

test('phrases and exclusions look at a story’s own text, not its related headlines', async ({
  page,
}) => {
  const { story, only, phrase } = theCase()
  const docs = projectDocs()
  expect(
    ` ${story.related.join(' ')} `.includes(` ${words(phrase).join(' ')} `),
    `the story's related headlines have "${phrase}"`,
  ).toBe(true)
  const inPhrase = docs.filter((d) => hasPhrase(d, phrase))
  expect(inPhrase, `no story has "${phrase}" in its own text`).toEqual([])
  const excluding = docs.filter((d) => hasWord(d, 'facial') && !hasExactWord(d, only))
  expect(excluding, `-${only} leaves the story in`).toContainEqual(story)

  await openFeed(page, '/')
  await search(page, `"${phrase}"`, inPhrase)
  await search(page, `facial -${only}`, excluding)
})
