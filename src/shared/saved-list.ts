import { foldForSearch } from './facet-options.ts'
import type { SavedStory } from './reader-state.ts'

/*
 * The saved page's own filters, from its URL: words in the title (`q`), a source (`source`) and
 * the order (`sort=saved`, the default, newest saved first; `sort=newest`, by story date).
 */

export type SavedSort = 'saved' | 'newest'

export interface SavedFilters {
  q: string
  source?: string
  sort: SavedSort
}

export function parseSavedParams(params: URLSearchParams): SavedFilters {
  const source = params.get('source')?.trim().toLowerCase() || undefined
  return {
    q: params.get('q')?.slice(0, 200) ?? '',
    ...(source && { source }),
    sort: params.get('sort') === 'newest' ? 'newest' : 'saved',
  }
}

export function serializeSavedParams(filters: SavedFilters): URLSearchParams {
  const params = new URLSearchParams()
  if (filters.q.trim()) params.set('q', filters.q)
  if (filters.source) params.set('source', filters.source)
  if (filters.sort !== 'saved') params.set('sort', filters.sort)
  return params
}

/** The saved stories the filters keep, in their order. */
export function filterSaved(saved: readonly SavedStory[], filters: SavedFilters): SavedStory[] {
  const words = foldForSearch(filters.q).split(/\s+/).filter(Boolean)
  const kept = saved.filter((s) => {
    if (filters.source && s.source !== filters.source) return false
    const title = foldForSearch(s.title)
    return words.every((w) => title.includes(w))
  })
  if (filters.sort === 'newest') kept.sort((a, b) => b.date.localeCompare(a.date))
  return kept
}

/** The sources among the saved stories, most saved first, for the source filter. */
export function savedSources(saved: readonly SavedStory[]): { source: string; count: number }[] {
  const counts = new Map<string, number>()
  for (const s of saved) counts.set(s.source, (counts.get(s.source) ?? 0) + 1)
  return [...counts]
    .map(([source, count]) => ({ source, count }))
    .sort((a, b) => b.count - a.count || a.source.localeCompare(b.source))
}
