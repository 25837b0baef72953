/**
 * Browser-side figures for `npm run bench`: serves a built `dist/` folder, opens it in Debian's
 * Chromium and measures what a reader waits for. Nothing here runs in tests.
 */
import { createReadStream, existsSync, statSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { readFileSync } from 'node:fs'
import { chromium, type Browser } from '@playwright/test'

export interface BrowserFigures {
  /** Bytes fetched (gzip-compressed, as a CDN would serve them) before the first card painted. */
  firstLoadBytes: number
  /** The JS and CSS part of it. */
  firstLoadCodeBytes: number
  /** ms from navigation start to the first card in the DOM. */
  firstCardMs: number
  /** ms from ticking a topic to the updated count. */
  toggleMs: number
  /** Used JS heap after the feed and one filter, bytes. */
  heapBytes: number
  /**
   * ms from typing the session's first query (a whole word at once) to the updated count:
   * the box's 180 ms typing pause, loading the search code, the worker and its index included.
   */
  firstQueryMs: number
  /** Bytes (gzip) the first query fetched: search code, worker and index. */
  firstQueryBytes: number
}

/** The first query of a session, as a reader would type it. */
export const FIRST_QUERY = 'facial recognition'

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.bin': 'application/octet-stream',
}

/** A tiny static server with the SPA fallback a static host would have. */
export function serve(dir: string, port: number): Promise<Server> {
  const server = createServer((req, res) => {
    const url = decodeURIComponent((req.url ?? '/').split('?')[0]!)
    let file = path.join(dir, url)
    if (!file.startsWith(dir) || !existsSync(file) || statSync(file).isDirectory()) {
      file = path.join(dir, 'index.html')
    }
    res.setHeader('Content-Type', TYPES[path.extname(file)] ?? 'application/octet-stream')
    createReadStream(file).pipe(res)
  })
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)))
}

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      '--enable-precise-memory-info',
    ],
  })
}

/** Size of a served file once gzip-compressed (what the wire carries from a CDN). */
function gzipSize(dir: string, urlPath: string, cache: Map<string, number>): number {
  const file = path.join(dir, decodeURIComponent(urlPath))
  let size = cache.get(file)
  if (size === undefined) {
    size =
      existsSync(file) && !statSync(file).isDirectory() ? gzipSync(readFileSync(file)).length : 0
    cache.set(file, size)
  }
  return size
}

export async function measure(
  browser: Browser,
  dir: string,
  port: number,
): Promise<BrowserFigures> {
  const server = await serve(dir, port)
  const sizes = new Map<string, number>()
  try {
    // A first visit: no service worker yet (one that takes over mid-run would answer the
    // search's requests from its own fetches, which the page's request events do not see).
    const context = await browser.newContext({
      viewport: { width: 1440, height: 900 },
      serviceWorkers: 'block',
    })
    const page = await context.newPage()
    // Images and logos live on other hosts: they are not part of the app's first load.
    await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort())
    const fetched: string[] = []
    let firstCardSeen = false
    page.on('request', (r) => {
      if (!firstCardSeen) fetched.push(new URL(r.url()).pathname)
    })
    const start = Date.now()
    await page.goto(`http://127.0.0.1:${port}/`)
    await page.locator('main article').first().waitFor()
    firstCardSeen = true
    const firstCardMs = Date.now() - start
    const files = fetched.filter((p) => !p.endsWith('.woff2'))
    const firstLoadBytes = files.reduce(
      (n, p) => n + gzipSize(dir, p === '/' ? 'index.html' : p, sizes),
      0,
    )
    const firstLoadCodeBytes = files
      .filter((p) => /\.(js|css)$/.test(p))
      .reduce((n, p) => n + gzipSize(dir, p, sizes), 0)

    // Let the facet index arrive (it is fetched after the first paint), then time a toggle.
    await page.waitForLoadState('networkidle')
    // The feed's count (the masthead and the reader's notices have statuses of their own, some
    // hidden while empty, which a plain [role=status] would find first).
    const status = page.getByRole('main').getByRole('status')
    const before = await status.textContent()
    const box = page.getByRole('complementary', { name: 'Filters' }).getByRole('checkbox').nth(1)
    const t = Date.now()
    await box.click()
    await page.waitForFunction(
      (text) => document.querySelector('main p[role=status]')?.textContent !== text,
      before,
    )
    const toggleMs = Date.now() - t
    const heapBytes = await page.evaluate(
      () =>
        (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory
          ?.usedJSHeapSize ?? 0,
    )

    // The first search of the session: nothing of it is loaded yet.
    await page.waitForLoadState('networkidle')
    const searched: string[] = []
    page.on('request', (r) => searched.push(new URL(r.url()).pathname))
    const beforeSearch = await status.textContent()
    const q = Date.now()
    await page.getByRole('searchbox', { name: 'Search articles' }).fill(FIRST_QUERY)
    await page.waitForFunction(
      (text) => document.querySelector('main p[role=status]')?.textContent !== text,
      beforeSearch,
      { timeout: 120_000 },
    )
    const firstQueryMs = Date.now() - q
    const firstQueryBytes = searched
      .filter((p) => /search/.test(p))
      .reduce((n, p) => n + gzipSize(dir, p, sizes), 0)
    await context.close()
    return {
      firstLoadBytes,
      firstLoadCodeBytes,
      firstCardMs,
      toggleMs,
      heapBytes,
      firstQueryMs,
      firstQueryBytes,
    }
  } finally {
    server.close()
  }
}
