import { expect, test } from '@playwright/test'
import { countText } from './support/data.ts'
import { expectCount, openFeed } from './support/feed.ts'
import { projectData } from './support/project.ts'

/*
 * A tab left open across a deploy: its data folder is gone, and data/current.json names the new
 * one. The next data fetch that misses says so and reloads onto the new version, on the same URL.
 */

test('a missing data folder after a deploy: the page says so and reloads, keeping its URL', async ({
  page,
}) => {
  const site = projectData()
  const story = site.cards[1] ?? site.cards[0]!
  await openFeed(page, '/')
  await expectCount(page, countText(site.facets.articleCount))
  await page.evaluate(() => ((window as unknown as { beforeReload: boolean }).beforeReload = true))

  // The deploy: this build's data files are gone, a newer version is served.
  await page.route('**/data/current.json', (route) =>
    route.fulfill({ json: { version: 'a-newer-deploy' } }),
  )
  await page.route(/\/data\/[^/]+\/.+/, (route) => route.fulfill({ status: 404, body: '' }))
  await page.getByRole('link', { name: story.title, exact: true }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Broadsheet was updated' })).toBeVisible()
  await expect(page).toHaveURL(`/articles/${story.slug}`)

  // The new deploy's files are there now: the reload shows the story, on the same URL.
  await page.unroute(/\/data\/[^/]+\/.+/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(story.title)
  await expect(page).toHaveURL(`/articles/${story.slug}`)
  expect(
    await page.evaluate(() => (window as unknown as { beforeReload?: boolean }).beforeReload),
    'the page was reloaded',
  ).toBeUndefined()
})

test('a data file missing while the site serves this same version is "not found", no reload', async ({
  page,
}) => {
  await page.goto('/articles/no-such-story-here')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/not found/i)
})
