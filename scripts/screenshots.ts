/**
 * Screenshots for reviewing UI work: `npx tsx scripts/screenshots.ts [BASE_URL] [PATH…]`
 * writes PNGs of each path at 390, 768 and 1440 px, light and dark, into screenshots/.
 * IMAGES=fail aborts every image request (as offline, or when a publisher deletes an image);
 * IMAGES=stub answers every remote image with a generated stand-in; by default images load
 * as they would. WIDTHS, SCHEMES and FULL=1 (whole page) narrow or widen the set.
 */
import { mkdir } from 'node:fs/promises'
import { chromium } from '@playwright/test'
import { routeImages, type ImageMode } from '../e2e/support/images.ts'

const [base = 'http://localhost:4173', ...given] = process.argv.slice(2)
const pagePaths = given.length > 0 ? given : ['/']
const widths = (process.env.WIDTHS ?? '390,768,1440').split(',').map(Number)
const schemes = (process.env.SCHEMES ?? 'light,dark').split(',') as ('light' | 'dark')[]
const images = (process.env.IMAGES ?? 'live') as ImageMode | 'live'

await mkdir('screenshots', { recursive: true })
const browser = await chromium.launch({
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
})
for (const scheme of schemes) {
  for (const width of widths) {
    const page = await browser.newPage({
      viewport: { width, height: width < 600 ? 844 : 900 },
      colorScheme: scheme,
      // A service worker would answer image requests before the stand-ins could.
      serviceWorkers: 'block',
    })
    if (images !== 'live') await routeImages(page, images)
    for (const p of pagePaths) {
      await page.goto(new URL(p, base).href, { waitUntil: 'networkidle' })
      const slug = p.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home'
      const name = `${slug.slice(0, 60)}-${width}-${scheme}${images === 'live' ? '' : `-${images}`}.png`
      await page.screenshot({ path: `screenshots/${name}`, fullPage: process.env.FULL === '1' })
      console.log(`screenshots/${name}`)
    }
    await page.close()
  }
}
await browser.close()
