import { expect, test } from '@playwright/test'
import { countText, siteData } from './support/data.ts'
import { cards, feedStatus, searchBox } from './support/feed.ts'

/*
 * The site built with BASE_PATH=/news/ and served under it: links, data files, deep links on
 * reload and the search worker all stay under the sub-path.
 */
const data = () => siteData('base')

test('links, data and deep links stay under /news/', async ({ page }) => {
  const { facets, cards: all } = data()
  const outside: string[] = []
  page.on('request', (r) => {
    const url = new URL(r.url())
    if (url.host.startsWith('localhost') && !url.pathname.startsWith('/news/'))
      outside.push(url.pathname)
  })

  await page.goto('/news/')
  await expect(feedStatus(page)).toHaveText(countText(facets.articleCount))
  const first = all[0]!
  const headline = cards(page).first().getByRole('heading').getByRole('link')
  await expect(headline).toHaveAttribute('href', `/news/articles/${first.slug}`)
  await headline.click()
  await expect(page).toHaveURL(`/news/articles/${first.slug}`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(first.title)

  // Reloading deep links: a story, a topic page, a filtered feed.
  await page.reload()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(first.title)
  const topic = facets.topics[0]!
  await page.goto(`/news/topics/${topic.slug}`)
  await expect(page.getByRole('heading', { level: 1 })).toContainText(topic.name)
  await page.goto(`/news/?topic=${topic.slug}`)
  await expect(feedStatus(page)).toHaveText(countText(topic.count))
  await page.goto('/news/no-such-page')
  await expect(page.getByRole('heading', { name: /not found/i })).toBeVisible()

  expect(outside).toEqual([])
})

test('search loads its code, worker and index from under /news/', async ({ page }) => {
  const articles = data().articles()
  const searchFiles: string[] = []
  page.on('request', (r) => {
    if (/search/.test(new URL(r.url()).pathname)) searchFiles.push(new URL(r.url()).pathname)
  })
  await page.goto('/news/')
  const word = 'shoplifting'
  const expected = articles.filter((a) => /shoplifting/i.test(`${a.title} ${a.excerpt}`)).length
  expect(expected).toBeGreaterThan(0)
  await searchBox(page).fill(word)
  await expect(page).toHaveURL(`/news/?q=${word}`)
  await expect(feedStatus(page)).toHaveText(countText(expected))
  expect(searchFiles.length).toBeGreaterThanOrEqual(3)
  expect(searchFiles.every((p) => p.startsWith('/news/'))).toBe(true)
})
