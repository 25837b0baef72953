import {
  relatedSchema,
  type ArticleFile,
  type ImageFile,
  type ProviderFile,
} from './article-schema.ts'
import type { ImageRef, ProviderRef } from './data.ts'
import { describeValue } from './describe.ts'
import { httpUrl } from './url.ts'

/** One problem in one file, located by its field path (`related.2.webUrl`). */
export interface FieldIssue {
  path: (string | number)[]
  message: string
}

/** One valid article file after per-file normalisation, before corpus-wide steps. */
export interface SourceArticle {
  title: string
  excerpt: string
  date: string
  /** `originalUrl`, else `webUrl`: the link to read it, and the key that merges duplicates. */
  url: string
  webUrl?: string
  ampUrl?: string
  category?: string
  type?: string
  quality?: number
  heat?: number
  published: boolean
  provider: ProviderRef
  topics: string[]
  images: ImageRef[]
  related: SourceRelated[]
}

export interface SourceRelated {
  title: string
  excerpt?: string
  date?: string
  url: string
  ampUrl?: string
  provider: ProviderRef
  quality?: number
  image?: ImageRef
}

export interface NormaliseOptions {
  /** Base URL that relative logo and image URLs are resolved against. */
  assetBaseUrl?: string
}

export interface NormaliseResult {
  article?: SourceArticle
  errors: FieldIssue[]
  warnings: FieldIssue[]
}

/**
 * Per-file rules that the schema's shape cannot express: only http(s) links survive, an article
 * needs at least one of them, providers fall back to the link's domain, and a broken related
 * story is dropped with a warning instead of sinking the whole article.
 */
export function normaliseArticle(
  data: ArticleFile,
  options: NormaliseOptions = {},
): NormaliseResult {
  const errors: FieldIssue[] = []
  const warnings: FieldIssue[] = []
  const link = (field: string, raw: string | undefined) => {
    const url = httpUrl(raw)
    if (raw !== undefined && url === undefined) {
      warnings.push({
        path: [field],
        message: `not an http(s) URL, left out: ${describeValue(raw)}`,
      })
    }
    return url
  }
  const originalUrl = link('originalUrl', data.originalUrl)
  const webUrl = link('webUrl', data.webUrl)
  const ampUrl = link('ampWebUrl', data.ampWebUrl) ?? link('cdnAmpWebUrl', data.cdnAmpWebUrl)
  const url = originalUrl ?? webUrl
  if (url === undefined) return { errors: [linkProblem(data)!], warnings: [] }

  const related: SourceRelated[] = []
  data.related.forEach((item, i) => {
    const parsed = relatedSchema.safeParse(item)
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        warnings.push({
          path: ['related', i, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))],
          message: `${issue.message}; this related story is left out`,
        })
      }
      return
    }
    const r = parsed.data
    const rUrl = httpUrl(r.originalUrl) ?? httpUrl(r.webUrl)
    if (rUrl === undefined) {
      warnings.push({
        path: ['related', i, 'webUrl'],
        message: 'expected an http or https link; this related story is left out',
      })
      return
    }
    const image = images(r.images, options)[0]
    related.push({
      title: r.title,
      excerpt: r.excerpt,
      date: r.publishedDateTime,
      url: rUrl,
      ampUrl: httpUrl(r.ampWebUrl) ?? httpUrl(r.cdnAmpWebUrl),
      provider: provider(r.provider, rUrl, options),
      quality: r.quality,
      ...(image && { image }),
    })
  })

  return {
    article: {
      title: data.title,
      excerpt: data.excerpt ?? '',
      date: data.publishedDateTime,
      url,
      webUrl,
      ampUrl,
      category: data.category,
      type: data.type,
      quality: data.quality,
      heat: data.heat,
      published: data.published,
      provider: provider(data.provider, url, options),
      topics: data.topics,
      images: images(data.images, options),
      related,
    },
    errors,
    warnings,
  }
}

function provider(
  p: ProviderFile | null | undefined,
  url: string,
  options: NormaliseOptions,
): ProviderRef {
  const domain = normaliseDomain(p?.domain ?? '') || normaliseDomain(new URL(url).hostname)
  const logo = images(p?.images ?? [], options)[0]?.url
  return { domain, name: p?.name ?? domain, ...(logo && { logo }) }
}

function images(list: ImageFile[], options: NormaliseOptions): ImageRef[] {
  const out: ImageRef[] = []
  for (const img of list) {
    const url = httpUrl(img.url, options.assetBaseUrl)
    if (url === undefined) continue
    const ok = (n: number | undefined) => n !== undefined && n > 0
    out.push(
      ok(img.width) && ok(img.height) ? { url, width: img.width, height: img.height } : { url },
    )
  }
  return out
}

/**
 * The article-level link rule, checked on raw or validated data alike so that a file with other
 * problems still hears about this one: at least one of originalUrl / webUrl must be http(s).
 */
export function linkProblem(data: {
  originalUrl?: unknown
  webUrl?: unknown
}): FieldIssue | undefined {
  const given = (['originalUrl', 'webUrl'] as const).filter(
    (f) => data[f] != null && data[f] !== '',
  )
  if (given.some((f) => httpUrl(typeof data[f] === 'string' ? data[f] : undefined)))
    return undefined
  const [first] = given
  if (first === undefined) {
    return {
      path: ['originalUrl'],
      message: 'is required: an article needs an originalUrl or webUrl (an http or https link)',
    }
  }
  return {
    path: [first],
    message: `expected an http or https link, got ${describeValue(data[first])}${given.length > 1 ? ' (webUrl is not one either)' : ''}`,
  }
}

/** `https://www.BBC.co.uk/` and `www.bbc.co.uk` both key the provider `bbc.co.uk`. */
export function normaliseDomain(input: string): string {
  return input
    .trim()
    .toLowerCase()
    .replace(/^[a-z][a-z0-9+.-]*:\/\//, '')
    .replace(/[/?#].*$/, '')
    .replace(/^www\./, '')
}
