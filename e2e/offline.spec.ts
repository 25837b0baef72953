import { execFileSync } from 'node:child_process'
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import { expect, test, type BrowserContext, type Page } from '@playwright/test'
import { storyFile, storyFileCount } from '../src/shared/data-paths.ts'
import { countText } from './support/data.ts'
import { expectCount } from './support/feed.ts'
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

/** Dates far before the bundled stories', so those stay the newest. */
const EXTRA = 19

/**
 * Two builds of the bundled articles plus EXTRA variants (enough stories for several story
 * files, so that a story can be one this visit never loaded): the site as first served, and
 * the next deploy, with one more story.
 */
function builds(outDir: string) {
  const articles = path.join(outDir, 'articles')
  cpSync(path.join(root, 'articles'), articles, { recursive: true })
  const sample = readFileSync(
    path.join(
      articles,
      readdirSync(articles).find((f) => f.endsWith('.md'))!,
    ),
    'utf8',
  )
  const variant = (title: string, date: string, tag: string) =>
    sample
      .replace(/^title: .*$/m, `title: "${title}"`)
      .replace(/^publishedDateTime: .*$/m, `publishedDateTime: ${date}`)
      .replace(/^(originalUrl|webUrl): "([^"]*)"$/gm, `$1: "$2-${tag}"`)
  // Headlines apart, so that no two of them make a story cluster (one card for many).
  const SUBJECTS =
    'apples bridges castles dunes engines ferries glaciers harbours islands jungles kites lanterns meadows nebulae orchards pianos quarries rivers sails'.split(
      ' ',
    )
  for (let i = 1; i <= EXTRA; i++) {
    const day = String(i).padStart(2, '0')
    writeFileSync(
      path.join(articles, `zz-variant-${day}.md`),
      variant(`An older story about ${SUBJECTS[i - 1]}`, `2022-01-${day}T09:00:00Z`, `v${i}`),
    )
  }
  const build = (outDir: string) =>
    execFileSync(
      'npx',
      ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'],
      { cwd: root, env: { ...process.env, ARTICLES_DIR: articles }, stdio: 'inherit' },
    )
  const first = path.join(outDir, 'first')
  build(first)
  writeFileSync(
    path.join(articles, 'zz-next-deploy.md'),
    variant(NEW_TITLE, '2030-01-01T09:00:00Z', 'next'),
  )
  const second = path.join(outDir, 'second')
  build(second)
  return { first, second }
}

/** The first build's cards, newest first, and how many story files hold their details. */
function firstSite(dir: string) {
  const { version } = JSON.parse(readFileSync(path.join(dir, 'data', 'current.json'), 'utf8'))
  const cards = JSON.parse(
    readFileSync(path.join(dir, 'data', version, 'cards', '0.json'), 'utf8'),
  ) as { slug: string; title: string; provider: number }[]
  const facets = JSON.parse(readFileSync(path.join(dir, 'data', version, 'facets.json'), 'utf8'))
  const providers = facets.providers as { domain: string }[]
  return { cards, providers, storyFiles: storyFileCount(cards.length) }
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
  const { cards, providers, storyFiles } = firstSite(dirs.first)
  const story = cards[0]!
  // A story whose details sit in another story file: this visit never loads it.
  const unread = cards.find(
    (c) => storyFile(c.slug, storyFiles) !== storyFile(story.slug, storyFiles),
  )!
  await install(page)
  await expectCount(page, countText(cards.length))
  // Open one story and save it.
  await page.getByRole('link', { name: story.title, exact: true }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(story.title)
  await page.getByRole('button', { name: 'Save' }).first().click()
  await expect.poll(() => keptData(page)).toContainEqual(expect.stringMatching(/\/stories\//))

  // The host is gone and the browser knows it is offline.
  await site.stop()
  await context.setOffline(true)
  await page.goto(`${site.origin}/`)
  await expectCount(page, countText(cards.length))
  await stillOffline(context)
  await expect(page.getByRole('status', { name: 'Connection' })).toContainText('Offline.')
  const axe = await new AxeBuilder({ page }).analyze()
  expect(axe.violations).toEqual([])

  // A story never opened says so, and how to go on.
  await page.getByRole('link', { name: unread.title, exact: true }).click()
  await expect(page.getByRole('alert')).toContainText('You are offline')
  await page.goBack()
  await page.getByRole('link', { name: story.title, exact: true }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(story.title)
  // Full loads: the story page, a source page (its path has dots, and is still a page), and
  // the saved page.
  await page.reload()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(story.title)
  const domain = providers[story.provider]!.domain
  await page.goto(`${site.origin}/sources/${domain}`)
  await expect(page.getByRole('main').getByRole('status')).toHaveText(/\d+ articles?/)
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
  const { cards } = firstSite(dirs.first)
  await install(page)
  await expectCount(page, countText(cards.length))
  site.serve(dirs.second)
  // The worker looks for a new version on each visit (and every half hour a tab stays open).
  await page.reload()
  const prompt = page.getByRole('status', { name: 'New version' })
  // Once the new worker has installed (it fetches the new deploy's shell first): slow on a busy machine.
  await expect(prompt).toContainText('A new version of Broadsheet is available.', {
    timeout: 20_000,
  })
  // Until then the tab stays on its version: the new story is not there.
  await expectCount(page, countText(cards.length))
  await expect(page.getByRole('link', { name: NEW_TITLE, exact: true })).toHaveCount(0)
  await prompt.getByRole('button', { name: 'Reload' }).click()
  await expectCount(page, countText(cards.length + 1))
  await expect(page.getByRole('link', { name: NEW_TITLE, exact: true })).toBeVisible()
  await expect(prompt).toBeEmpty()
})

test('a tab whose data folder a deploy removed reloads onto the new version, on its URL', async ({
  page,
}) => {
  const { cards } = firstSite(dirs.first)
  // A story whose details this visit never loaded, so the worker has not kept them.
  const story = cards.at(-1)!
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
  await expectCount(page, countText(cards.length + 1))
})

test('a host that answers a missing data file with its index.html: never kept as the file', async ({
  page,
}) => {
  await install(page)
  site.fallBackForFiles(true)
  const version = await page.evaluate(
    async () => (await (await fetch('/data/current.json')).json()).version,
  )
  const missing = `/data/${version}/cards/999.json`
  const type = await page.evaluate(
    async (url) => (await fetch(url)).headers.get('Content-Type'),
    missing,
  )
  expect(type).toContain('text/html')
  // A real file asked for after it is kept: by then the worker has dealt with the missing one.
  const real = `/data/${version}/search/index.json`
  await page.evaluate((url) => fetch(url), real)
  await expect.poll(() => keptData(page)).toContain(real)
  expect(await keptData(page)).not.toContain(missing)
})
