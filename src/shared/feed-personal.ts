import type { FeedFilters } from './feed-params.ts'
import { fnv1a } from './hash.ts'
import type { ReaderState } from './reader-state.ts'

/*
 * The reader's own part of a feed query: the topics and sources they muted, and with "Hide
 * read" (`unread=1`) the stories they read, in the facet index's terms (ids, minutes).
 */

/** What the feed takes from the reader's state: what they muted and what they read. */
export type Personal = Pick<ReaderState, 'muted' | 'read'>

/**
 * A story's key in the facet index, which has no slugs: its minute and its provider. Two stories
 * of one source in one minute share a key (hiding one read hides both): rare enough to accept.
 */
export const readKey = (minute: number, provider: number) => minute * 65536 + provider

export interface PersonalQuery {
  /** Topic and provider ids the reader muted: their stories are left out and counted. */
  mutedTopics?: number[]
  mutedProviders?: number[]
  /** Stories the reader has read, to leave out, as `readKey`s (sorted). */
  hideRead?: number[]
}

/**
 * Muted topics and sources are left out unless the URL shows them (`muted=show`) or the view asks
 * for that very topic or source; with `unread=1`, so are the read stories that can be placed.
 */
export function personalQuery(
  filters: Pick<FeedFilters, 'showMuted' | 'unreadOnly'>,
  personal: Personal,
  corpus: {
    topicIds: Map<string, number>
    providerIds: Map<string, number>
    /** The topics and sources the view asks for by name. */
    asked: { topics: Set<number>; providers: Set<number> }
  },
): PersonalQuery {
  const { topicIds, providerIds, asked } = corpus
  const ids = (keys: string[], known: Map<string, number>, wanted: Set<number>) =>
    keys.flatMap((k) => known.get(k) ?? []).filter((id) => !wanted.has(id))
  const mutedTopics = filters.showMuted ? [] : ids(personal.muted.topics, topicIds, asked.topics)
  const mutedProviders = filters.showMuted
    ? []
    : ids(personal.muted.sources, providerIds, asked.providers)
  const hideRead = filters.unreadOnly ? readKeys(personal.read, providerIds) : []
  return {
    ...(mutedTopics.length > 0 && { mutedTopics }),
    ...(mutedProviders.length > 0 && { mutedProviders }),
    ...(hideRead.length > 0 && { hideRead }),
  }
}

/** The `readKey`s of the read stories that can be placed (sorted, for a stable query key). */
function readKeys(read: Personal['read'], providerIds: Map<string, number>): number[] {
  const keys: number[] = []
  for (const story of Object.values(read)) {
    const provider = story.source === undefined ? undefined : providerIds.get(story.source)
    const time = story.date === undefined ? NaN : Date.parse(story.date)
    if (provider === undefined || Number.isNaN(time)) continue
    keys.push(readKey(Math.floor(time / 60_000), provider))
  }
  return keys.sort((a, b) => a - b)
}

/**
 * A query as a cache key: the read stories (thousands, after months of reading) stand in it as
 * their count and a hash, so the key stays small however long the reading history grows.
 */
export function personalCacheKey<Q extends PersonalQuery>(q: Q) {
  if (!q.hideRead) return q
  const { hideRead, ...rest } = q
  return { ...rest, hideRead: `${hideRead.length}:${fnv1a(hideRead.join(','))}` }
}
