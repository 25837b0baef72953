import { expect, test } from '@playwright/test'
import { escapeRegExp } from './support/data.ts'
import { expectCount } from './support/feed.ts'
import { countText } from './support/data.ts'
import { projectData } from './support/project.ts'

/*
 * Volume over time: a topic's and a source's stories per month (a chart with a one-sentence
 * text alternative and the numbers as a table), and a sparkline per topic on the topics page.
 */

test('a topic page charts its stories per month, with a text alternative and the numbers', async ({
  page,
}) => {
  const site = projectData()
  const topic = site.facets.topics[1] ?? site.facets.topics[0]!
  await page.goto(`/topics/${topic.slug}`)
  await expectCount(page, countText(topic.count))
  const chart = page.getByRole('img', {
    name: new RegExp(
      `^${topic.count.toLocaleString('en-US')} stories about ${escapeRegExp(topic.name)} from .+; the busiest month was .+, with \\d+\\.$`,
    ),
  })
  await expect(chart).toBeVisible()
  const figure = page.getByRole('figure').filter({ has: chart })
  await figure.getByText('Show the numbers').click()
  const table = figure.getByRole('table', { name: 'Stories per month' })
  await expect(table).toBeVisible()
  const counts = await table.locator('tbody td:last-child').allTextContents()
  expect(counts.reduce((sum, n) => sum + Number(n.replace(/\D/g, '')), 0)).toBe(topic.count)
})

test('on a phone the chart comes after the stories, not above them', async ({ page }) => {
  const site = projectData()
  const provider = site.facets.providers[0]!
  await page.setViewportSize({ width: 390, height: 844 })
  await page.goto(`/sources/${provider.domain}`)
  await expectCount(page, countText(provider.count))
  const chart = page.getByRole('img', {
    name: new RegExp(`stories from ${escapeRegExp(provider.name)}`),
  })
  await expect(chart).toHaveCount(1)
  const feedBottom = await page
    .locator('#stories')
    .evaluate((el) => el.getBoundingClientRect().bottom)
  const chartTop = await chart.evaluate((el) => el.getBoundingClientRect().top)
  expect(chartTop).toBeGreaterThan(feedBottom)
})

test('the topics page draws a sparkline per topic, each with its text', async ({ page }) => {
  const site = projectData()
  await page.goto('/topics')
  const first = site.facets.topics[0]!
  await expect(
    page.getByRole('img', {
      name: new RegExp(`^${escapeRegExp(first.name)}: \\d+ stories in the \\d+ months to `),
    }),
  ).toBeVisible()
  await expect(page.getByRole('list', { name: 'All topics' }).getByRole('img')).toHaveCount(
    site.facets.topics.length,
  )
})
