/**
 * Renders the app icons (public/icons/*.png) from public/favicon.svg in headless Chromium: run
 * `npx tsx scripts/make-icons.ts` after changing the favicon, and commit the PNGs. The
 * "maskable" icon keeps the letter inside the safe zone (the middle 80 %) on a full-bleed tile.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { chromium } from '@playwright/test'

const svg = readFileSync('public/favicon.svg', 'utf8')
const maskable = svg
  .replace(/rx="\d+"/, 'rx="0"')
  .replace('font-size="42"', 'font-size="30"')
  .replace('y="46"', 'y="43"')

const icons = [
  { file: 'icon-192.png', size: 192, svg },
  { file: 'icon-512.png', size: 512, svg },
  { file: 'maskable-512.png', size: 512, svg: maskable },
  { file: 'apple-touch-icon-180.png', size: 180, svg: maskable },
]

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
})
const page = await browser.newPage()
mkdirSync('public/icons', { recursive: true })
for (const icon of icons) {
  await page.setViewportSize({ width: icon.size, height: icon.size })
  const sized = icon.svg.replace('<svg ', `<svg width="${icon.size}" height="${icon.size}" `)
  await page.setContent(`<body style="margin:0;background:transparent">${sized}</body>`)
  writeFileSync(`public/icons/${icon.file}`, await page.screenshot({ omitBackground: true }))
}
await browser.close()
