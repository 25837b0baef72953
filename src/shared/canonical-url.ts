/*
 * One key per web page, so that the same story reached through different links is recognised:
 * a related story's URL against another article's original, web or AMP URL (clusters.ts).
 */

/** Tracking parameters that never change what a page shows. */
const TRACKING = /^(?:utm_.*|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid)$/i
/** Parameters that only ask for a page's AMP version. */
const AMP_PARAMS = /^(?:amp|amp_js_v|_amp|outputtype|amp_gsa)$/i
/** Google's AMP cache: `https://www-example-com.cdn.ampproject.org/c/s/www.example.com/path`. */
const AMP_CACHE = /^\/[cvi]\/(s\/)?([^/]+)(\/.*)?$/

/**
 * The page's canonical form: one scheme (`http:` and `https:` name the same page; the key says
 * `https:`), the host lowercased, no `www.`, no fragment, no tracking
 * (`utm_*`, `fbclid`, `gclid`…) or AMP-only parameters, the rest sorted, no trailing slash, and
 * the known AMP forms mapped to the page they mirror: Google's AMP cache, an `amp.` host, an
 * `amp` path segment (`/news/amp/story`, `/story/amp/`), and `.amp` / `.amp.html` endings.
 * Undefined for anything that is not an absolute http(s) URL.
 */
export function canonicalUrl(input: string): string | undefined {
  // A link as the build stores it (a URL's href: lowercase scheme and host, escapes settled)
  // needs no parsing; a cheap path, as a collection has hundreds of thousands.
  const simple = HREF.exec(input)
  if (
    simple &&
    !simple[2]!.endsWith('.cdn.ampproject.org') &&
    // What a URL would settle: a default port, `.` and `..` segments.
    simple[3] !== (simple[1] === 'http' ? ':80' : ':443') &&
    !/\/\.\.?(?:\/|$)/.test(simple[4] ?? '')
  ) {
    const [, , host, port = '', path = '', search = ''] = simple
    return canonicalParts(host!, port, path, search ? new URLSearchParams(search) : undefined)
  }
  let url: URL
  try {
    url = new URL(input.trim())
  } catch {
    return undefined
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined
  if (url.hostname.endsWith('.cdn.ampproject.org')) {
    const cached = AMP_CACHE.exec(url.pathname)
    if (cached) {
      const inner = canonicalUrl(
        `${cached[1] ? 'https' : 'http'}://${cached[2]}${cached[3] ?? ''}${url.search}`,
      )
      if (inner) return inner
    }
  }
  return canonicalParts(
    url.hostname,
    url.port ? `:${url.port}` : '',
    url.pathname,
    url.search ? url.searchParams : undefined,
  )
}

/** An href's parts: scheme, host, `:port`, path, `?query` (no fragment kept). */
const HREF =
  /^(https?):\/\/([a-z0-9.-]+)(:\d+)?(\/[\x21-\x22\x24-\x3e\x40-\x5b\x5d-\x7e]*)?(\?[\x21-\x22\x24-\x7e]*)?(?:#.*)?$/

function canonicalParts(
  hostname: string,
  port: string,
  pathname: string,
  searchParams: URLSearchParams | undefined,
): string {
  const host = hostname.replace(/^(?:www\d?|amp)\./, '')
  let path = pathname
  if (/amp/i.test(path)) {
    const segments = path.split('/')
    path = segments
      // `/amp` alone is a page of its own, not the AMP form of the home page.
      .filter((segment) => segment.toLowerCase() !== 'amp' || segments.length === 2)
      .join('/')
      .replace(/\.amp(\.html?)?$/i, (_, html: string | undefined) => html ?? '')
  }
  while (path.endsWith('/')) path = path.slice(0, -1)
  const params = [...(searchParams ?? [])].filter(([k]) => !TRACKING.test(k) && !AMP_PARAMS.test(k))
  params.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  const query = params.length ? `?${new URLSearchParams(params).toString()}` : ''
  return `https://${host}${port}${path}${query}`
}
