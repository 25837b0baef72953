import { queryOptions, type QueryClient } from '@tanstack/react-query'
import type { Card, Facets } from '../shared/data.ts'
import {
  isWholeCorpus,
  pageSlice,
  runFeedQuery,
  wholeCorpusResult,
  type FeedQuery,
  type FeedResult,
} from '../shared/feed-query.ts'
import { PAGE_SIZE, parseFeedParams } from '../shared/feed-params.ts'
import { resolveFeedQuery } from '../shared/feed-query.ts'
import { dataKeys, facetIndexQuery, facetsQuery, searchQuery, shardQuery } from './data-queries.ts'

/**
 * The matching ids and facet counts of one feed view. The default view (everything, newest
 * first) needs only facets.json; any filter or other order loads the facet index first.
 */
export const feedResultQuery = (queryClient: QueryClient, q: FeedQuery) =>
  queryOptions({
    queryKey: dataKeys.feed(q),
    queryFn: async (): Promise<FeedResult> => {
      const facets = await queryClient.ensureQueryData(facetsQuery())
      if (isWholeCorpus(q)) return wholeCorpusResult(facets)
      const [index, matches] = await Promise.all([
        queryClient.ensureQueryData(facetIndexQuery()),
        q.search ? queryClient.ensureQueryData(searchQuery(q.search)) : undefined,
      ])
      return runFeedQuery(index, facets, q, matches)
    },
    staleTime: Infinity,
    gcTime: 5 * 60_000,
  })

/** Loads the card shards a page needs and returns its cards in display order. */
export async function loadPageCards(
  queryClient: QueryClient,
  facets: Facets,
  result: FeedResult,
  page: number,
): Promise<Card[]> {
  const slice = pageSlice(result.ids, page, PAGE_SIZE, facets.shardSize)
  const shards = await Promise.all(
    slice.shards.map((n) => queryClient.ensureQueryData(shardQuery(n))),
  )
  return cardsById(slice.ids, facets.shardSize, (n) => shards[slice.shards.indexOf(n)])
}

/** Picks cards out of shards; `shard(n)` returns the loaded shard n. */
export function cardsById(
  ids: number[],
  shardSize: number,
  shard: (n: number) => Card[] | undefined,
): Card[] {
  return ids.flatMap((id) => shard(Math.floor(id / shardSize))?.[id % shardSize] ?? [])
}

/** The page a view shows: the asked-for one, or the last when it asks for too many. */
export function clampPage(result: FeedResult, page: number): number {
  return Math.min(page, Math.max(1, Math.ceil(result.ids.length / PAGE_SIZE)))
}

/**
 * Everything a feed view needs before it renders (for route loaders): facets, the result of the
 * URL's filters within an optional fixed topic or provider, and the cards of the current page.
 */
export async function prefetchFeed(
  queryClient: QueryClient,
  search: URLSearchParams,
  base: Pick<FeedQuery, 'baseTopic' | 'baseProvider'> = {},
): Promise<void> {
  const filters = parseFeedParams(search)
  const facets = await queryClient.ensureQueryData(facetsQuery())
  const result = await queryClient.ensureQueryData(
    feedResultQuery(queryClient, resolveFeedQuery(filters, facets, base)),
  )
  await loadPageCards(queryClient, facets, result, clampPage(result, filters.page))
}
