import type { VitePWAOptions } from 'vite-plugin-pwa'

/**
 * The installable app and its offline copy (vite-plugin-pwa, Workbox's generateSW):
 * - The app shell (HTML, scripts, styles, icons, the Latin fonts) is precached on the first
 *   visit; the page opens offline from then on.
 * - Data files of a build (`data/<version>/…`, never changed once written) are kept as they are
 *   read: the feed, the saved page and every story page opened work offline afterwards.
 *   `data/current.json` is never cached: it is how an old tab learns of a new deploy.
 * - A new deploy installs a new worker that waits: the page says "new version available" and
 *   reloads onto it when asked (`registerType: 'prompt'`), never silently stale.
 */
export const pwaOptions: Partial<VitePWAOptions> = {
  registerType: 'prompt',
  injectRegister: false,
  manifest: {
    name: 'Broadsheet',
    short_name: 'Broadsheet',
    description: 'A fast, beautiful reader for curated news digests.',
    start_url: '.',
    scope: '.',
    display: 'standalone',
    background_color: '#faf8f3',
    theme_color: '#faf8f3',
    icons: [
      { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: 'icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  },
  workbox: {
    globPatterns: ['**/*.{js,css,html,svg,png}', 'assets/*-latin-wght-normal-*.woff2'],
    navigateFallback: 'index.html',
    // Data, feeds and other files the build writes are files, never the app's pages. Workbox
    // tests the path with its query: `/?q=node.js` and `/sources/bbc.co.uk` are pages.
    navigateFallbackDenylist: [
      /\/data\//,
      /^[^?]*\.(?:json|gz|bin|js|css|png|svg|ico|webmanifest|woff2|xml|atom|opml|txt)$/i,
    ],
    cleanupOutdatedCaches: true,
    // The first worker takes over the page that installed it, so what this first visit reads is
    // kept too (later workers wait for the reader's "Reload").
    clientsClaim: true,
    runtimeCaching: [
      {
        urlPattern: ({ url, sameOrigin }) => sameOrigin && /\/data\/[^/]+\/./.test(url.pathname),
        handler: 'CacheFirst',
        options: {
          cacheName: 'broadsheet-data',
          expiration: { maxEntries: 2000, purgeOnQuotaError: true },
          cacheableResponse: { statuses: [200] },
          // A host's single-page fallback answers a missing file with index.html (200): never
          // keep that as the file, or it would stay "missing" after the file arrives.
          plugins: [
            {
              cacheWillUpdate: async ({ response }) =>
                response.headers.get('Content-Type')?.includes('text/html') ? null : response,
            },
          ],
        },
      },
      {
        // The other scripts' fonts, when a story needs them.
        urlPattern: ({ request, sameOrigin }) => sameOrigin && request.destination === 'font',
        handler: 'CacheFirst',
        options: {
          cacheName: 'broadsheet-fonts',
          expiration: { maxEntries: 30 },
          cacheableResponse: { statuses: [200] },
        },
      },
    ],
  },
}
