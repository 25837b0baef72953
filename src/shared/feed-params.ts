/*
 * The feed's state as it lives in the URL query: `topic` and `source` (repeatable), `sort` and
 * `page`. Parsing never fails: malformed or unknown values are dropped, so any URL renders.
 * Serialising writes one canonical form, so equal views have equal URLs.
 */

export const SORTS = ['newest', 'oldest', 'heat', 'quality'] as const
export type Sort = (typeof SORTS)[number]
export const DEFAULT_SORT: Sort = 'newest'
export const PAGE_SIZE = 24
const MAX_PAGE = 100_000

export interface FeedFilters {
  /** Topic slugs; an article matches when it has any of them. */
  topics: string[]
  /** Provider domains; an article matches when it comes from any of them. */
  sources: string[]
  sort: Sort
  /** 1-based page number. */
  page: number
}

export const emptyFilters: FeedFilters = { topics: [], sources: [], sort: DEFAULT_SORT, page: 1 }

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const DOMAIN = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$/

const unique = (values: string[]) => [...new Set(values)]

export function parseFeedParams(params: URLSearchParams): FeedFilters {
  const sort = params.get('sort')
  const page = Number(params.get('page') ?? 1)
  return {
    topics: unique(
      params
        .getAll('topic')
        .map((t) => t.trim().toLowerCase())
        .filter((t) => SLUG.test(t)),
    ),
    sources: unique(
      params
        .getAll('source')
        .map((s) => s.trim().toLowerCase())
        .filter((s) => DOMAIN.test(s)),
    ),
    sort: SORTS.includes(sort as Sort) ? (sort as Sort) : DEFAULT_SORT,
    page: Number.isInteger(page) && page >= 1 && page <= MAX_PAGE ? page : 1,
  }
}

export function serializeFeedParams(filters: FeedFilters): URLSearchParams {
  const params = new URLSearchParams()
  for (const t of filters.topics) params.append('topic', t)
  for (const s of filters.sources) params.append('source', s)
  if (filters.sort !== DEFAULT_SORT) params.set('sort', filters.sort)
  if (filters.page > 1) params.set('page', String(filters.page))
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

export function hasActiveFilters(filters: FeedFilters): boolean {
  return filters.topics.length > 0 || filters.sources.length > 0
}
