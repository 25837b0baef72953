import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import { feedStatus } from './support/feed.ts'

/*
 * The feed's loading and failure states: skeleton cards while the data is on its way, and an
 * error with a working "Try again" when it cannot be loaded. The same on every corpus, so the
 * bundled project alone runs them (playwright.config.ts).
 */

const facetsFile = /\/data\/[^/]+\/facets\.json$/

test('skeleton cards stand in while the stories load', async ({ page }) => {
  let release!: () => void
  const held = new Promise<void>((resolve) => (release = resolve))
  await page.route(facetsFile, async (route) => {
    await held
    await route.continue()
  })
  await page.goto('/', { waitUntil: 'commit' })
  const loading = page.getByRole('status', { name: 'Loading stories' })
  await expect(loading).toBeVisible()
  await expect(page.getByTestId('skeleton-card')).toHaveCount(6)
  await expect(page.locator('main article')).toHaveCount(0)
  release()
  await expect(page.getByRole('status').filter({ hasText: /articles?$/ })).toHaveText('5 articles')
  await expect(page.getByTestId('skeleton-card')).toHaveCount(0)
  await expect(page.locator('main article')).toHaveCount(5)
})

test('a failed load says so, and Try again loads the stories', async ({ page }) => {
  let fail = true
  let failures = 0
  await page.route(facetsFile, async (route) => {
    if (!fail) return route.continue()
    failures++
    return route.fulfill({ status: 503, body: 'Service Unavailable' })
  })
  await page.goto('/')
  const alert = page.getByRole('alert')
  // Two quiet retries first (a flaky network may recover), then the error.
  await expect(alert).toBeVisible({ timeout: 15_000 })
  await expect(
    alert.getByRole('heading', { name: 'The stories could not be loaded' }),
  ).toBeVisible()
  await expect(alert).toContainText('HTTP 503')
  expect(failures).toBe(3)
  expect(
    (await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze())
      .violations,
  ).toEqual([])

  fail = false
  await alert.getByRole('button', { name: 'Try again' }).click()
  await expect(feedStatus(page)).toHaveText('5 articles')
  await expect(page.locator('main article')).toHaveCount(5)
  await expect(alert).toHaveCount(0)
})
