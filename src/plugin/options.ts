import path from 'node:path'

export type OnInvalid = 'fail' | 'skip'

export interface ArticlesOptions {
  /** Articles folder, relative to the project root or absolute. Default: `$ARTICLES_DIR`, else `articles`. */
  dir?: string
  /** What a build does with invalid files. Default: `$ARTICLES_ON_INVALID`, else `fail`. */
  onInvalid?: OnInvalid
  /**
   * Base URL for relative logo and image URLs in article files.
   * Default: `$ARTICLES_ASSET_BASE_URL`, else `https://everyday-cc.github.io/ai/`.
   */
  assetBaseUrl?: string
  /**
   * The site's absolute address, base path included (`https://example.org/news/`): feeds, the
   * OPML list and the sitemap need it. Default: `$SITE_URL`; without it they are not written.
   */
  siteUrl?: string
}

export interface ResolvedArticlesOptions {
  dir: string
  onInvalid: OnInvalid
  assetBaseUrl: string
  /** Ends with `/`. */
  siteUrl?: string
}

export const DEFAULT_ASSET_BASE_URL = 'https://everyday-cc.github.io/ai/'

export function resolveArticlesOptions(
  options: ArticlesOptions,
  root: string,
  env: Record<string, string | undefined> = process.env,
): ResolvedArticlesOptions {
  const onInvalid = options.onInvalid ?? env.ARTICLES_ON_INVALID ?? 'fail'
  if (onInvalid !== 'fail' && onInvalid !== 'skip') {
    throw new Error(`ARTICLES_ON_INVALID must be "fail" or "skip", got "${onInvalid}"`)
  }
  const assetBaseUrl = options.assetBaseUrl ?? env.ARTICLES_ASSET_BASE_URL ?? DEFAULT_ASSET_BASE_URL
  try {
    new URL(assetBaseUrl)
  } catch {
    throw new Error(`ARTICLES_ASSET_BASE_URL must be an absolute URL, got "${assetBaseUrl}"`)
  }
  const siteUrl = options.siteUrl ?? (env.SITE_URL || undefined)
  return {
    dir: path.resolve(root, options.dir ?? env.ARTICLES_DIR ?? 'articles'),
    onInvalid,
    assetBaseUrl,
    ...(siteUrl !== undefined && { siteUrl: resolveSiteUrl(siteUrl) }),
  }
}

function resolveSiteUrl(value: string): string {
  let url: URL | undefined
  try {
    url = new URL(value)
  } catch {
    // Reported below.
  }
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:') || url.search || url.hash) {
    throw new Error(
      `SITE_URL must be the site's absolute http(s) address, such as https://example.org/news/, got "${value}"`,
    )
  }
  return url.href.endsWith('/') ? url.href : `${url.href}/`
}
