import type { Card } from './data.ts'
import { PAGE_SIZE } from './feed-params.ts'
import { pageSlice } from './feed-query.ts'

/** One page of a feed result: the page shown, its card ids in order, the shards they live in. */
export interface FeedPage {
  page: number
  ids: number[]
  shards: number[]
}

/**
 * The page a view shows of `ids` (the asked-for one, or the last when it asks for too many)
 * and what it needs loaded. The route loader and the feed view both plan with this, so they
 * always agree on which shards a page needs.
 */
export function planFeedPage(ids: Uint32Array, askedPage: number, shardSize: number): FeedPage {
  const page = Math.min(askedPage, Math.max(1, Math.ceil(ids.length / PAGE_SIZE)))
  return { page, ...pageSlice(ids, page, PAGE_SIZE, shardSize) }
}

/** The page's cards in display order; `shard(n)` returns the loaded shard n. */
export function pageCards(
  plan: FeedPage,
  shardSize: number,
  shard: (n: number) => Card[] | undefined,
): Card[] {
  return plan.ids.flatMap((id) => shard(Math.floor(id / shardSize))?.[id % shardSize] ?? [])
}
