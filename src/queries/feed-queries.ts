import { queryOptions, type QueryClient } from '@tanstack/react-query'
import type { Card, Facets } from '../shared/data.ts'
import { pageCards, planFeedPage } from '../shared/feed-page.ts'
import {
  isWholeCorpus,
  runFeedQuery,
  wholeCorpusResult,
  type FeedQuery,
  type FeedResult,
} from '../shared/feed-query.ts'
import { parseFeedParams } from '../shared/feed-params.ts'
import { resolveFeedQuery } from '../shared/feed-query.ts'
import { feedPersonal } from '../lib/reader.ts'
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
      if (isWholeCorpus(q)) return wholeCorpusResult(facets, q.cluster)
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
  askedPage: number,
): Promise<Card[]> {
  const plan = planFeedPage(result.ids, askedPage, facets.shardSize)
  const shards = await Promise.all(
    plan.shards.map((n) => queryClient.ensureQueryData(shardQuery(n))),
  )
  return pageCards(plan, facets.shardSize, (n) => shards[plan.shards.indexOf(n)])
}

/**
 * Everything a feed view needs before it renders (for route loaders): facets, the result of the
 * URL's filters within an optional fixed topic or provider (and the reader's mutes and read
 * stories, as they are now), and the cards of the current page.
 */
export async function prefetchFeed(
  queryClient: QueryClient,
  search: URLSearchParams,
  base: Pick<FeedQuery, 'baseTopic' | 'baseProvider'> = {},
): Promise<void> {
  const filters = parseFeedParams(search)
  const facets = await queryClient.ensureQueryData(facetsQuery())
  const result = await queryClient.ensureQueryData(
    feedResultQuery(queryClient, resolveFeedQuery(filters, facets, base, feedPersonal())),
  )
  await loadPageCards(queryClient, facets, result, filters.page)
}
