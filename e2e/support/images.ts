import type { Page } from '@playwright/test'

/** `fail`: every remote image request is aborted; `stub`: each is answered with a stand-in. */
export type ImageMode = 'fail' | 'stub'

/** A calm stand-in picture: a diagonal wash with a horizon, sized as the request's URL hints. */
function standIn(seed: number): string {
  const hue = (seed * 47) % 360
  return `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="450" viewBox="0 0 800 450">
<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1">
<stop offset="0" stop-color="hsl(${hue} 35% 62%)"/><stop offset="1" stop-color="hsl(${(hue + 40) % 360} 30% 32%)"/>
</linearGradient></defs><rect width="800" height="450" fill="url(#g)"/>
<circle cx="600" cy="140" r="60" fill="hsl(${hue} 60% 85% / .7)"/>
<path d="M0 330 Q200 260 400 320 T800 300 V450 H0Z" fill="hsl(${hue} 25% 20% / .55)"/></svg>`
}

/**
 * Makes every image that is not the site's own fail or load a stand-in, so pages can be
 * tested and looked at without the network (the real corpus's images are all remote). Returns
 * the list the image URLs are added to as the page asks for them.
 */
export async function routeImages(page: Page, mode: ImageMode): Promise<string[]> {
  let n = 0
  const asked: string[] = []
  await page.route(
    (url) => url.hostname !== 'localhost' && url.hostname !== '127.0.0.1',
    (route) => {
      if (route.request().resourceType() !== 'image') return route.continue()
      asked.push(route.request().url())
      if (mode === 'fail') return route.abort('failed')
      return route.fulfill({ contentType: 'image/svg+xml', body: standIn(n++) })
    },
  )
  return asked
}
