import { test, type Page } from '@playwright/test'

/**
 * Slows the page's CPU by `E2E_CPU_THROTTLE` (Chromium's own throttling, as DevTools does: 4
 * means four times slower), for the loaded runs of docs/testing.md. Unset, it does nothing.
 * Specs whose tests race the page (typing against searches landing, Back against loaders) call
 * it from `test.beforeEach`.
 */
export function throttleCpuFromEnv() {
  const rate = Number(process.env.E2E_CPU_THROTTLE ?? 1)
  if (!(rate > 1)) return
  test.beforeEach(async ({ page }: { page: Page }) => {
    const cdp = await page.context().newCDPSession(page)
    await cdp.send('Emulation.setCPUThrottlingRate', { rate })
  })
}
