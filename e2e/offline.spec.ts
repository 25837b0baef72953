import { execFileSync } from 'node:child_process'
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import { expect, test, type BrowserContext, type Page } from '@playwright/test'
import { countText } from './support/data.ts'
import { expectCount } from './support/feed.ts'
import { projectData } from './support/project.ts'
import { startStaticSite, type StaticSite } from './support/static-server.ts'

/*
 * The installed app (vite-plugin-pwa's service worker, src/plugin/pwa-options.ts) on a static host
 * of its own: after one visit the feed, saved stories and the stories opened work with the host
 * gone; a deploy since the tab loaded is offered with "new version available"; and a tab whose
 * data folder a deploy removed reloads onto the new version through the new worker.
 * The rest of the suite blocks service workers (playwright.config.ts), so its routes see every
 * request; these tests allow them.
 */

test.use({ serviceWorkers: 'allow' })
test.describe.configure({ mode: 'serial' })

const root = path.resolve(import.meta.dirname, '..')
const NEW_TITLE = 'A story that came with the next deploy'

/** The bundled site as built for the suite, and a second build with one more story (a deploy). */
function builds(outDir: string) {
  const first = path.join(outDir, 'first')
  cpSync(path.join(root, 'dist-e2e', 'bundled'), first, { recursive: true })
  const articles = path.join(outDir, 'articles')
  cpSync(path.join(root, 'articles'), articles, { recursive: true })
  const sample = readdirSync(articles).find((f) => f.endsWith('.md'))!
  writeFileSync(
    path.join(articles, 'zz-next-deploy.md'),
    readFileSync(path.join(articles, sample), 'utf8')
      .replace(/^title: .*$/m, `title: "${NEW_TITLE}"`)
      .replace(/^publishedDateTime: .*$/m, 'publishedDateTime: 2030-01-01T09:00:00Z')
      .replace(/^(originalUrl|webUrl): "([^"]*)"$/gm, '$1: "$2-next"'),
  )
  const second = path.join(outDir, 'second')
  execFileSync(
    'npx',
    ['vite', 'build', '--outDir', second, '--emptyOutDir', '--logLevel', 'warn'],
    {
      cwd: root,
      env: { ...process.env, ARTICLES_DIR: articles },
      stdio: 'inherit',
    },
  )
  return { first, second }
}

let site: StaticSite
let dirs: { first: string; second: string }
// eslint-disable-next-line no-empty-pattern -- Playwright wants the fixtures argument destructured
test.beforeAll(async ({}, testInfo) => {
  test.skip(testInfo.project.name !== 'bundled', 'one project is enough: the worker is the same')
  const out = testInfo.outputPath('sites')
  mkdirSync(out, { recursive: true })
  dirs = builds(out)
})
test.beforeEach(async () => {
  site = await startStaticSite(dirs.first)
})
test.afterEach(async () => {
  await site.stop()
})

/**
 * Chromium drops Playwright's offline emulation from a document its service worker served:
 * applied again after each full page load (the host itself is stopped, which is what counts).
 */
async function stillOffline(context: BrowserContext) {
  await context.setOffline(false)
  await context.setOffline(true)
}

/** The data files the worker has kept so far. */
const keptData = (page: Page) =>
  page.evaluate(async () => {
    const cache = await caches.open('broadsheet-data')
    return (await cache.keys()).map((r) => new URL(r.url).pathname)
  })

/** Opens the site and waits until its worker controls the page and has kept the feed's data. */
async function install(page: Page) {
  await page.goto(`${site.origin}/`)
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null)
  await expect.poll(() => keptData(page)).toContainEqual(expect.stringMatching(/facets\.json$/))
}

test('after one visit, the feed, saved stories and the stories opened work offline', async ({
  page,
  context,
}) => {
  const data = projectData()
  const story = data.cards[0]!
  await install(page)
  await expectCount(page, countText(data.facets.articleCount))
  // Open one story and save it.
  await page.getByRole('link', { name: story.title, exact: true }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(story.title)
  await page.getByRole('button', { name: 'Save' }).first().click()
  await expect.poll(() => keptData(page)).toContainEqual(expect.stringMatching(/\/stories\//))

  // The host is gone and the browser knows it is offline.
  await site.stop()
  await context.setOffline(true)
  await page.goto(`${site.origin}/`)
  await expectCount(page, countText(data.facets.articleCount))
  await stillOffline(context)
  await expect(page.getByRole('status', { name: 'Connection' })).toContainText('Offline.')
  const axe = await new AxeBuilder({ page }).analyze()
  expect(axe.violations).toEqual([])

  await page.getByRole('link', { name: story.title, exact: true }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(story.title)
  // A full load of the story page too, and of the saved page.
  await page.reload()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(story.title)
  await page.goto(`${site.origin}/saved`)
  await expect(page.getByRole('list', { name: 'Saved stories' }).getByRole('link')).toHaveText([
    story.title,
  ])

  // Back online: the notice goes.
  await context.setOffline(false)
  await expect(page.getByRole('status', { name: 'Connection' })).toBeEmpty()
})

test('a deploy since the tab loaded: "new version available", and Reload shows it', async ({
  page,
}) => {
  const data = projectData()
  await install(page)
  await expectCount(page, countText(data.facets.articleCount))
  site.serve(dirs.second)
  // The worker looks for a new version on each visit (and every half hour a tab stays open).
  await page.reload()
  const prompt = page.getByRole('status', { name: 'New version' })
  await expect(prompt).toContainText('A new version of Broadsheet is available.')
  // Until then the tab stays on its version: the new story is not there.
  await expectCount(page, countText(data.facets.articleCount))
  await prompt.getByRole('button', { name: 'Reload' }).click()
  await expectCount(page, countText(data.facets.articleCount + 1))
  await expect(page.getByRole('link', { name: NEW_TITLE, exact: true })).toBeVisible()
  await expect(prompt).toBeEmpty()
})

test('a tab whose data folder a deploy removed reloads onto the new version, on its URL', async ({
  page,
}) => {
  const data = projectData()
  // A story whose details this visit never loaded, so the worker has not kept them.
  const story = data.cards.at(-1)!
  await install(page)
  site.serve(dirs.second)
  await page.goto(`${site.origin}/`)
  await page.evaluate(() => ((window as unknown as { beforeReload: boolean }).beforeReload = true))
  await page.getByRole('link', { name: story.title, exact: true }).click()
  await expect(page.getByText('Broadsheet was updated')).toBeVisible()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(story.title)
  expect(
    await page.evaluate(() => (window as unknown as { beforeReload?: boolean }).beforeReload),
    'the page was reloaded',
  ).toBeUndefined()
  expect(new URL(page.url()).pathname).toBe(`/articles/${story.slug}`)
  // The page is the new deploy's now.
  await page.goto(`${site.origin}/`)
  await expectCount(page, countText(data.facets.articleCount + 1))
})
