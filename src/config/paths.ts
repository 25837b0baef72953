/**
 * A file of the built site (`data/…`, `feeds/…`) as the page fetches or links it: under the base
 * path the site is built for (`BASE_PATH`), which the router's links get from its basename.
 */
export const withBase = (file: string) => `${import.meta.env.BASE_URL}${file}`

/** Every URL of the app is spelled here: route patterns for the router, builders for links. */
export const paths = {
  feed: {
    pattern: '/',
    href: (search = '') => `/${search && !search.startsWith('?') ? `?${search}` : search}`,
  },
  article: {
    pattern: '/articles/:slug',
    href: (slug: string) => `/articles/${encodeURIComponent(slug)}`,
  },
  topics: { pattern: '/topics', href: () => '/topics' },
  topic: {
    pattern: '/topics/:topicSlug',
    href: (slug: string) => `/topics/${encodeURIComponent(slug)}`,
  },
  sources: { pattern: '/sources', href: () => '/sources' },
  source: {
    pattern: '/sources/:domain',
    href: (domain: string) => `/sources/${encodeURIComponent(domain)}`,
  },
  saved: { pattern: '/saved', href: () => '/saved' },
  settings: { pattern: '/settings', href: () => '/settings' },
} as const
