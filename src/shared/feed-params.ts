/*
 * The feed's state as it lives in the URL query. Parsing never fails: malformed or unknown
 * values are dropped, so any URL renders. Serialising writes one canonical form, so equal views
 * have equal URLs.
 *
 *   topic, source        repeatable; OR-ed within, AND-ed across
 *   -topic, -source      repeatable; exclude articles that have them
 *   from, to             YYYY-MM-DD, inclusive, in UTC
 *   minQuality, minHeat  integer floors
 *   published=1          only articles marked published
 *   q                    search text (see search-query.ts)
 *   sort                 newest | oldest | rising | heat | quality | relevance (only with q);
 *                        the default is relevance when q is set, newest otherwise
 *   page                 1-based
 *   view                 list | cards: how the stories are laid out; without it, the
 *                        reader's remembered choice (not a filter: clearing keeps it)
 *   unread=1             hide the stories the reader has read (a reading mode: clearing keeps it)
 *   muted=show           show the stories of muted topics and sources too
 *   cluster=0            one card per article, not one per story cluster (a reading mode)
 */

export const SORTS = ['newest', 'oldest', 'rising', 'heat', 'quality', 'relevance'] as const
export type Sort = (typeof SORTS)[number]
export const DEFAULT_SORT: Sort = 'newest'
/** Longest search text kept from a URL. */
export const MAX_QUERY_LENGTH = 200
export const PAGE_SIZE = 24
export const VIEWS = ['cards', 'list'] as const
export type View = (typeof VIEWS)[number]
const MAX_PAGE = 100_000

export interface FeedFilters {
  /** Topic slugs; an article matches when it has any of them. */
  topics: string[]
  /** Provider domains; an article matches when it comes from any of them. */
  sources: string[]
  /** Topic slugs and provider domains an article must not have. */
  excludeTopics: string[]
  excludeSources: string[]
  /** Inclusive UTC day range, `YYYY-MM-DD`. */
  from?: string
  to?: string
  minQuality?: number
  minHeat?: number
  publishedOnly: boolean
  /** Search text as typed, trimmed; absent when empty. */
  q?: string
  sort: Sort
  /** 1-based page number. */
  page: number
  /** Cards or a compact list, when the URL says; otherwise the reader's remembered choice. */
  view?: View
  /** Hide the stories this reader has read. */
  unreadOnly: boolean
  /** Show the stories of muted topics and sources. */
  showMuted: boolean
  /** One card per story cluster (clusters.ts), standing for the cluster's other articles. */
  clustered: boolean
}

export const emptyFilters: FeedFilters = {
  topics: [],
  sources: [],
  excludeTopics: [],
  excludeSources: [],
  publishedOnly: false,
  sort: DEFAULT_SORT,
  page: 1,
  unreadOnly: false,
  showMuted: false,
  clustered: true,
}

/** A topic slug and a provider's domain, as URLs (and exported files) may name them. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
export const DOMAIN = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$/
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/

const unique = (values: string[]) => [...new Set(values)]
const slugs = (values: string[]) =>
  unique(values.map((t) => t.trim().toLowerCase()).filter((t) => SLUG.test(t)))
const domains = (values: string[]) =>
  unique(values.map((s) => s.trim().toLowerCase()).filter((s) => DOMAIN.test(s)))

/** A real calendar day as `YYYY-MM-DD`, or undefined. */
export function parseDay(value: string | null): string | undefined {
  const m = value ? DAY.exec(value.trim()) : null
  if (!m) return undefined
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])))
  return date.toISOString().slice(0, 10) === m[0] ? m[0] : undefined
}

function parseInteger(value: string | null, min: number, max: number): number | undefined {
  if (value === null || value.trim() === '') return undefined
  const n = Number(value)
  return Number.isInteger(n) && n >= min && n <= max ? n : undefined
}

/** The order a view gets when the URL names none: by relevance while searching. */
export const defaultSort = (filters: Pick<FeedFilters, 'q'>): Sort =>
  filters.q ? 'relevance' : DEFAULT_SORT

export function parseFeedParams(params: URLSearchParams): FeedFilters {
  const q = params.get('q')?.trim().slice(0, MAX_QUERY_LENGTH) || undefined
  const named = params.get('sort') as Sort | null
  const sort =
    named && SORTS.includes(named) && (named !== 'relevance' || q) ? named : defaultSort({ q })
  let from = parseDay(params.get('from'))
  let to = parseDay(params.get('to'))
  if (from && to && from > to) [from, to] = [to, from]
  return {
    topics: slugs(params.getAll('topic')),
    sources: domains(params.getAll('source')),
    excludeTopics: slugs(params.getAll('-topic')),
    excludeSources: domains(params.getAll('-source')),
    ...(from && { from }),
    ...(to && { to }),
    ...withValue('minQuality', parseInteger(params.get('minQuality'), -32767, 32767)),
    ...withValue('minHeat', parseInteger(params.get('minHeat'), -32767, 32767)),
    publishedOnly: params.get('published') === '1',
    ...(q && { q }),
    sort,
    page: parseInteger(params.get('page'), 1, MAX_PAGE) ?? 1,
    ...(VIEWS.includes(params.get('view') as View) && { view: params.get('view') as View }),
    unreadOnly: params.get('unread') === '1',
    showMuted: params.get('muted') === 'show',
    clustered: params.get('cluster') !== '0',
  }
}

const withValue = <K extends string>(key: K, value: number | undefined) =>
  (value === undefined ? {} : { [key]: value }) as Partial<Record<K, number>>

export function serializeFeedParams(filters: FeedFilters): URLSearchParams {
  const params = new URLSearchParams()
  if (filters.q?.trim()) params.set('q', filters.q.trim())
  for (const t of filters.topics) params.append('topic', t)
  for (const s of filters.sources) params.append('source', s)
  for (const t of filters.excludeTopics) params.append('-topic', t)
  for (const s of filters.excludeSources) params.append('-source', s)
  if (filters.from) params.set('from', filters.from)
  if (filters.to) params.set('to', filters.to)
  if (filters.minQuality !== undefined) params.set('minQuality', String(filters.minQuality))
  if (filters.minHeat !== undefined) params.set('minHeat', String(filters.minHeat))
  if (filters.publishedOnly) params.set('published', '1')
  const q = filters.q?.trim()
  const sort = filters.sort === 'relevance' && !q ? DEFAULT_SORT : filters.sort
  if (sort !== defaultSort({ q })) params.set('sort', sort)
  if (filters.page > 1) params.set('page', String(filters.page))
  if (filters.view) params.set('view', filters.view)
  if (filters.unreadOnly) params.set('unread', '1')
  if (filters.showMuted) params.set('muted', 'show')
  if (!filters.clustered) params.set('cluster', '0')
  return params
}

/** `?topic=ai&sort=heat`, or `''` for the default view. */
export function feedSearch(filters: FeedFilters): string {
  const text = serializeFeedParams(filters).toString()
  return text ? `?${text}` : ''
}

/** Adds the value when absent, removes it when present. */
export function toggle(values: string[], value: string): string[] {
  return values.includes(value) ? values.filter((v) => v !== value) : [...values, value]
}

/**
 * Every filter and the search cleared; sort kept unless it was relevance, and the view, "hide
 * read" and clustering kept.
 */
export function clearedFilters(filters: FeedFilters): FeedFilters {
  return {
    ...emptyFilters,
    sort: filters.sort === 'relevance' ? DEFAULT_SORT : filters.sort,
    ...(filters.view && { view: filters.view }),
    unreadOnly: filters.unreadOnly,
    clustered: filters.clustered,
  }
}

/**
 * The view with a new search text, back on page 1. Starting a search from the default order
 * switches to relevance; an order the reader chose (heat, oldest…) stays.
 */
export function withSearch(filters: FeedFilters, q: string): FeedFilters {
  const text = q.trim().slice(0, MAX_QUERY_LENGTH) || undefined
  const sort =
    !filters.q && text && filters.sort === DEFAULT_SORT
      ? 'relevance'
      : !text && filters.sort === 'relevance'
        ? DEFAULT_SORT
        : filters.sort
  const { q: _old, ...rest } = filters
  return { ...rest, ...(text && { q: text }), sort, page: 1 }
}
