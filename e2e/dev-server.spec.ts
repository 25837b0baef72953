import { spawn, type ChildProcess } from 'node:child_process'
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { expect, test } from '@playwright/test'
import { feedStatus } from './support/feed.ts'

/*
 * `npm run dev` follows the articles folder: edits, additions and deletions reach the open page
 * without a reload, and an invalid edit raises Vite's error overlay naming the file while every
 * other article stays on the page.
 */
const PORT_BASE = Number(process.env.E2E_PORT_BASE ?? 4180) + 1010
/** One port per worker: copies of this spec (`--repeat-each`) may run side by side. */
let port: number
let server: ChildProcess
let exited: Promise<string>
let dir: string
const guardian =
  '2023-07-29-home-office-secretly-backs-facial-recognition-technology-to-curb-shoplifting.md'

test.describe.configure({ mode: 'serial' })

test.beforeAll(async () => {
  port = PORT_BASE + test.info().parallelIndex
  dir = await mkdtemp(path.join(tmpdir(), 'broadsheet-dev-'))
  await cp(path.resolve('articles'), dir, { recursive: true })
  server = spawn('npx', ['vite', '--port', String(port), '--strictPort'], {
    env: { ...process.env, ARTICLES_DIR: dir },
    stdio: 'ignore',
    detached: true,
  })
  exited = new Promise((resolve) => server.once('exit', (code) => resolve(`exit code ${code}`)))
  // Ready when it answers; a server that stopped (a port in use) fails here, not later.
  const ready = expect
    .poll(
      async () =>
        fetch(`http://localhost:${port}/`).then(
          (r) => r.ok,
          () => false,
        ),
      { timeout: 60_000 },
    )
    .toBe(true)
  const stopped = exited.then((why) => {
    throw new Error(`the dev server stopped before it answered (${why})`)
  })
  await Promise.race([ready, stopped])
  stopped.catch(() => {})
})

test.afterAll(async () => {
  if (server.pid && server.exitCode === null) process.kill(-server.pid)
  await rm(dir, { recursive: true, force: true })
})

test('edits, additions, deletions and invalid edits reach the open page', async ({ page }) => {
  // A dev server transforms the app's modules on the first page load: with the other projects'
  // browsers busy on two cores, that alone has taken over 30 s.
  test.setTimeout(120_000)
  const hmrConnected = page.waitForEvent('console', (m) => m.text().includes('[vite] connected'))
  await page.goto(`http://localhost:${port}/`, { timeout: 90_000 })
  await hmrConnected
  await expect(feedStatus(page)).toHaveText('5 articles')
  await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1))
  const notReloaded = () => page.evaluate(() => (window as unknown as { marker?: number }).marker)

  const file = path.join(dir, guardian)
  const original = await readFile(file, 'utf8')
  await writeFile(
    file,
    original.replace('title: "Home Office secretly backs', 'title: "EDITED Home Office backs'),
  )
  await expect(page.getByRole('heading', { name: /^EDITED Home Office backs/ })).toBeVisible()

  await writeFile(
    path.join(dir, 'new.md'),
    original
      .replace(/title: ".*"/, 'title: "A brand new story"')
      .replace(/https:\/\/www\.theguardian[^"]*/g, 'https://example.com/new'),
  )
  await expect(feedStatus(page)).toHaveText('6 articles')
  await expect(page.getByRole('heading', { name: 'A brand new story' })).toBeVisible()

  await rm(path.join(dir, 'new.md'))
  await expect(feedStatus(page)).toHaveText('5 articles')

  await writeFile(
    file,
    original.replace('publishedDateTime: 2023-07-29T15:11:00Z', 'publishedDateTime: someday'),
  )
  const overlay = page.locator('vite-error-overlay')
  await expect(overlay).toBeAttached()
  await expect(overlay.locator('.message-body')).toContainText(
    `${guardian}:5 publishedDateTime: expected a date`,
  )
  await expect(overlay.locator('.file')).toContainText(guardian)
  await expect(feedStatus(page)).toHaveText('4 articles')

  await writeFile(file, original)
  await expect(overlay).not.toBeAttached()
  await expect(feedStatus(page)).toHaveText('5 articles')
  expect(await notReloaded()).toBe(1)
})
