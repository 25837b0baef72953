import { existsSync } from 'node:fs'
import path from 'node:path'
import { defineConfig, devices } from '@playwright/test'

/*
 * The suite runs against production builds served by `vite preview`: one of the bundled
 * articles and, when the development checkout has it beside the project, one of the real
 * digest corpus. Chromium is Debian's (Playwright cannot download its own here).
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

const site = (name: string, port: number, env: Record<string, string> = {}) => ({
  project: {
    name,
    // The dev-server journey starts its own server on a copy of the bundled articles.
    testIgnore: name === 'bundled' ? [] : ['**/dev-server.spec.ts'],
    use: { ...devices['Desktop Chrome'], baseURL: `http://localhost:${port}`, launchOptions },
  },
  server: {
    command: `vite build --outDir dist-e2e/${name} --emptyOutDir --logLevel warn && vite preview --outDir dist-e2e/${name} --port ${port} --strictPort`,
    url: `http://localhost:${port}`,
    env,
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
    stdout: 'ignore' as const,
  },
})

const sites = [
  site('bundled', 4180),
  ...(hasCorpus ? [site('corpus', 4181, { ARTICLES_DIR: corpusDir })] : []),
]

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: { trace: 'retain-on-failure' },
  projects: sites.map((s) => s.project),
  webServer: sites.map((s) => s.server),
})
