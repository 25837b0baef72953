import { existsSync } from 'node:fs'
import path from 'node:path'
import { defineConfig, devices } from '@playwright/test'
import { scaleCorpusDir } from './e2e/support/scale-corpus.ts'

/*
 * The suite runs against production builds served by `vite preview`: one of the bundled
 * articles, one of a generated 5,000-article corpus (paging at scale, e2e/scale.spec.ts only)
 * and, when the development checkout has it beside the project, one of the real digest corpus.
 * Chromium is Debian's (Playwright cannot download its own here).
 */
const corpusDir = path.resolve(import.meta.dirname, '../shared/corpus/everyday-cc')
export const hasCorpus = existsSync(corpusDir)
if (!hasCorpus) console.warn(`e2e: the "corpus" project is skipped: no real corpus at ${corpusDir}`)

const launchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ],
}

interface SiteOptions {
  env?: Record<string, string>
  /** Runs before the build, in the same shell command. */
  prepare?: string
  /** Only these specs; without it, every spec but the ones other projects keep to themselves. */
  testMatch?: string[]
  /** How long an expectation retries (Playwright's default: 5 s). */
  expectTimeout?: number
  /** Sub-path the site is built for and served under (BASE_PATH), e.g. `/news/`. */
  base?: string
}

const site = (
  name: string,
  port: number,
  { env = {}, prepare, testMatch, expectTimeout, base = '/' }: SiteOptions = {},
) => ({
  project: {
    name,
    ...(expectTimeout && { expect: { timeout: expectTimeout } }),
    ...(testMatch
      ? { testMatch }
      : {
          testIgnore: [
            // Paging a big corpus and the sub-path build have projects of their own.
            '**/scale.spec.ts',
            '**/base-path.spec.ts',
            // The dev-server journey starts its own server on a copy of the bundled articles;
            // the loading and failure states are the same on any corpus.
            ...(name === 'bundled' ? [] : ['**/dev-server.spec.ts', '**/states.spec.ts']),
          ],
          // Tests tagged for one of the two main projects (their figures or needs are its own).
          grepInvert: name === 'bundled' ? /@corpus-only/ : /@bundled-only/,
        }),
    use: {
      ...devices['Desktop Chrome'],
      baseURL: `http://localhost:${port}${base}`,
      launchOptions,
    },
  },
  server: {
    command: [
      ...(prepare ? [prepare] : []),
      `vite build --outDir dist-e2e/${name} --emptyOutDir --logLevel warn`,
      `vite preview --outDir dist-e2e/${name} --port ${port} --strictPort`,
    ].join(' && '),
    url: `http://localhost:${port}${base}`,
    env: { ...env, ...(base !== '/' && { BASE_PATH: base }) },
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
    stdout: 'ignore' as const,
  },
})

// E2E_PORT_BASE moves every port, so two checkouts can run the suite side by side.
const portBase = Number(process.env.E2E_PORT_BASE ?? 4180)

const sites = [
  // With SITE_URL the build writes feeds, OPML and a sitemap (e2e/feeds.spec.ts); the corpus
  // build goes without, as a site that does not know its address.
  site('bundled', portBase, { env: { SITE_URL: `http://localhost:${portBase}/` } }),
  ...(hasCorpus ? [site('corpus', portBase + 1, { env: { ARTICLES_DIR: corpusDir } })] : []),
  // Generates its corpus (bench/corpus/e2e-5000, gitignored) when missing, then builds.
  site('scale', portBase + 2, {
    env: { ARTICLES_DIR: scaleCorpusDir },
    prepare: 'tsx e2e/support/scale-corpus.ts',
    testMatch: ['**/scale.spec.ts'],
    // A cold first load of 5,000 articles' facets can take seconds on a busy two-core runner.
    expectTimeout: 10_000,
  }),
  // The bundled articles built for a sub-path, as on a static host at https://example.org/news/.
  site('base', portBase + 3, { base: '/news/', testMatch: ['**/base-path.spec.ts'] }),
]

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  // Traces keep DOM snapshots for failures; the screencast filmstrip costs a quarter of the run.
  // Service workers would answer requests that tests route (images, data); e2e/offline.spec.ts
  // allows them for its own journeys.
  use: { trace: { mode: 'retain-on-failure', screenshots: false }, serviceWorkers: 'block' },
  projects: sites.map((s) => s.project),
  webServer: sites.map((s) => s.server),
})
