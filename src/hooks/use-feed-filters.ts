import { useCallback, useMemo } from 'react'
import { useSearchParams } from 'react-router'
import {
  clearedFilters,
  feedSearch,
  parseFeedParams,
  serializeFeedParams,
  toggle,
  type FeedFilters,
  type Sort,
} from '../shared/feed-params.ts'

/**
 * The feed's filters, read from the URL query and written back to it: the URL is the only
 * state, so every view can be bookmarked, shared and restored with Back. Any change of filter
 * returns to page 1 and keeps the scroll position.
 */
export function useFeedFilters() {
  const [params, setParams] = useSearchParams()
  const filters = useMemo(() => parseFeedParams(params), [params])
  /** Shows exactly this view (keys left out of `next` are cleared). */
  const show = useCallback(
    (next: FeedFilters) => setParams(serializeFeedParams(next), { preventScrollReset: true }),
    [setParams],
  )
  /** Changes some filters and keeps the rest; back to page 1. */
  const update = useCallback(
    (change: Partial<FeedFilters>) => show({ ...filters, page: 1, ...change }),
    [filters, show],
  )
  return {
    filters,
    update,
    show,
    toggleTopic: (slug: string) =>
      update({
        topics: toggle(filters.topics, slug),
        excludeTopics: filters.excludeTopics.filter((t) => t !== slug),
      }),
    toggleSource: (domain: string) =>
      update({
        sources: toggle(filters.sources, domain),
        excludeSources: filters.excludeSources.filter((s) => s !== domain),
      }),
    excludeTopic: (slug: string) =>
      update({
        excludeTopics: toggle(filters.excludeTopics, slug),
        topics: filters.topics.filter((t) => t !== slug),
      }),
    excludeSource: (domain: string) =>
      update({
        excludeSources: toggle(filters.excludeSources, domain),
        sources: filters.sources.filter((s) => s !== domain),
      }),
    setSort: (sort: Sort) => update({ sort }),
    clearAll: () => show(clearedFilters(filters)),
    /** The query string of another page of this view. */
    pageSearch: (page: number) => feedSearch({ ...filters, page }),
  }
}
