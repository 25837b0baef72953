import type { Facets } from './data.ts'
import { FLAG_PUBLISHED, NO_VALUE, type FacetIndex } from './facet-index.ts'
import type { FeedFilters, Sort } from './feed-params.ts'
import { undelta } from './delta.ts'
import { rising } from './rising.ts'
import { personalQuery, readKey, type Personal, type PersonalQuery } from './feed-personal.ts'

/** A feed view in ids: what the URL asks for, checked against the corpus (and the reader's own
 * mutes and read stories, feed-personal.ts). */
export interface FeedQuery extends PersonalQuery {
  /** Topic ids, OR-ed. */
  topics: number[]
  /** Provider ids, OR-ed. */
  providers: number[]
  /** The fixed topic of a topic page or provider of a source page, AND-ed with the rest. */
  baseTopic?: number
  baseProvider?: number
  /** Excluded topic and provider ids. */
  excludeTopics: number[]
  excludeProviders: number[]
  /** Inclusive range in minutes since the epoch (the facet index's unit). */
  fromMinute?: number
  toMinute?: number
  minQuality?: number
  minHeat?: number
  publishedOnly: boolean
  /** Search text; its matches come from the search engine, not the facet index. */
  search?: string
  sort: Sort
  /** One id per story cluster: the first of its matching articles in the sort order. */
  cluster: boolean
}

/** What the search engine found for `FeedQuery.search`: ids best first, words to highlight. */
export interface SearchMatches {
  ids: Uint32Array
  terms: string[]
}

export interface FeedResult {
  /** Matching card ids in display order (one per story cluster when the query clusters). */
  ids: Uint32Array
  /** How many articles matched, when clustering left some out of `ids`. */
  articles?: number
  /** Per topic id: matches if that topic were the only topic filter (the other facets applied). */
  topicCounts: Uint32Array
  /** Per provider id: matches if that provider were the only source filter. */
  providerCounts: Uint32Array
  /** Words to highlight in the cards, when searching. */
  terms?: string[]
  /** How many stories matched but were left out because the reader muted them. */
  muted?: number
}

/**
 * Resolves URL filters against the corpus; unknown topic slugs and domains are dropped. With the
 * reader's state, muted topics and sources are left out (unless the URL shows them, or the view
 * asks for that very topic or source), and with `unread=1` so are the stories they read.
 */
export function resolveFeedQuery(
  filters: FeedFilters,
  facets: Facets,
  base: Pick<FeedQuery, 'baseTopic' | 'baseProvider'> = {},
  personal?: Personal,
): FeedQuery {
  const topicIds = new Map(facets.topics.map((t) => [t.slug, t.id]))
  const providerIds = new Map(facets.providers.map((p) => [p.domain, p.id]))
  const topics = (slugs: string[]) => slugs.flatMap((t) => topicIds.get(t) ?? [])
  const providers = (domains: string[]) => domains.flatMap((d) => providerIds.get(d) ?? [])
  const minute = (day: string, endOfDay: boolean) =>
    Date.parse(`${day}T00:00:00Z`) / 60_000 + (endOfDay ? 24 * 60 - 1 : 0)
  const asked = {
    topics: new Set([
      ...topics(filters.topics),
      ...(base.baseTopic === undefined ? [] : [base.baseTopic]),
    ]),
    providers: new Set([
      ...providers(filters.sources),
      ...(base.baseProvider === undefined ? [] : [base.baseProvider]),
    ]),
  }
  return {
    topics: topics(filters.topics),
    providers: providers(filters.sources),
    ...base,
    excludeTopics: topics(filters.excludeTopics),
    excludeProviders: providers(filters.excludeSources),
    ...(filters.from && { fromMinute: minute(filters.from, false) }),
    ...(filters.to && { toMinute: minute(filters.to, true) }),
    ...(filters.minQuality !== undefined && { minQuality: filters.minQuality }),
    ...(filters.minHeat !== undefined && { minHeat: filters.minHeat }),
    publishedOnly: filters.publishedOnly,
    ...(filters.q && { search: filters.q }),
    sort: filters.sort,
    cluster: filters.clustered,
    ...(personal && personalQuery(filters, personal, { topicIds, providerIds, asked })),
  }
}

/** True when the view is the whole corpus newest first: answerable from facets.json alone. */
export function isWholeCorpus(q: FeedQuery): boolean {
  return (
    q.topics.length === 0 &&
    q.providers.length === 0 &&
    q.baseTopic === undefined &&
    q.baseProvider === undefined &&
    q.excludeTopics.length === 0 &&
    q.excludeProviders.length === 0 &&
    q.fromMinute === undefined &&
    q.toMinute === undefined &&
    q.minQuality === undefined &&
    q.minHeat === undefined &&
    !q.publishedOnly &&
    !q.search &&
    q.sort === 'newest' &&
    !q.mutedTopics?.length &&
    !q.mutedProviders?.length &&
    !q.hideRead?.length
  )
}

/** The whole corpus, newest first, with its facet counts, without the index. */
export function wholeCorpusResult(facets: Facets, cluster: boolean): FeedResult {
  const all = Uint32Array.from({ length: facets.articleCount }, (_, i) => i)
  let ids = all
  if (cluster && facets.clustered?.length) {
    const left = new Uint8Array(facets.articleCount)
    for (const id of undelta(facets.clustered)) if (id < left.length) left[id] = 1
    ids = all.filter((id) => left[id] === 0)
  }
  return {
    ids,
    ...(ids.length < all.length && { articles: all.length }),
    topicCounts: Uint32Array.from(facets.topics, (t) => t.count),
    providerCounts: Uint32Array.from(facets.providers, (p) => p.count),
  }
}

/**
 * One pass over the facet index: matching ids plus faceted counts (each facet counted with
 * every other facet's filter applied, so a count says what ticking that box would give).
 * With `matches` (the search engine's answer for `q.search`) only those ids take part, and
 * the relevance order is theirs.
 */
export function runFeedQuery(
  index: FacetIndex,
  facets: Facets,
  q: FeedQuery,
  matches?: SearchMatches,
): FeedResult {
  const topicCounts = new Uint32Array(facets.topics.length)
  const providerCounts = new Uint32Array(facets.providers.length)
  const wantTopic = new Uint8Array(facets.topics.length)
  for (const t of q.topics) wantTopic[t] = 1
  const wantProvider = new Uint8Array(facets.providers.length)
  for (const p of q.providers) wantProvider[p] = 1
  const banTopic = new Uint8Array(facets.topics.length)
  for (const t of q.excludeTopics) banTopic[t] = 1
  const banProvider = new Uint8Array(facets.providers.length)
  for (const p of q.excludeProviders) banProvider[p] = 1
  const muteTopic = new Uint8Array(facets.topics.length)
  for (const t of q.mutedTopics ?? []) muteTopic[t] = 1
  const muteProvider = new Uint8Array(facets.providers.length)
  for (const p of q.mutedProviders ?? []) muteProvider[p] = 1
  const hidden = q.hideRead?.length ? new Set(q.hideRead) : undefined
  // Clustered, a story read from one outlet is read: its cluster's other articles go too.
  let readClusters: Uint8Array | undefined
  if (hidden && q.cluster) {
    readClusters = new Uint8Array(index.count)
    for (let i = 0; i < index.count; i++) {
      if (hidden.has(readKey(index.minutes[i]!, index.provider[i]!)))
        readClusters[index.cluster[i]!] = 1
    }
  }
  let muted = 0
  const anyTopic = q.topics.length === 0
  const anyProvider = q.providers.length === 0
  const fromMinute = q.fromMinute ?? -Infinity
  const toMinute = q.toMinute ?? Infinity
  const minQuality = q.minQuality ?? -Infinity
  const minHeat = q.minHeat ?? -Infinity
  const { topicStart, topicIds, provider, minutes, quality, heat, flags } = index

  // rank[id] = 1 + position in the search results; 0 = not found.
  let rank: Uint32Array | undefined
  if (matches) {
    rank = new Uint32Array(index.count)
    matches.ids.forEach((id, pos) => {
      if (id < index.count) rank![id] = pos + 1
    })
  }

  const ids = new Uint32Array(index.count)
  let n = 0
  for (let i = 0; i < index.count; i++) {
    if (rank && rank[i] === 0) continue
    const p = provider[i]!
    if (q.baseProvider !== undefined && p !== q.baseProvider) continue
    if (banProvider[p] || minutes[i]! < fromMinute || minutes[i]! > toMinute) continue
    // A missing quality or heat (NO_VALUE) never passes a floor.
    if (quality[i]! < minQuality || heat[i]! < minHeat) continue
    if (q.publishedOnly && !(flags[i]! & FLAG_PUBLISHED)) continue
    if (readClusters ? readClusters[index.cluster[i]!] : hidden?.has(readKey(minutes[i]!, p))) {
      continue
    }
    const from = topicStart[i]!
    const to = topicStart[i + 1]!
    let topicOk = anyTopic
    let hasBase = q.baseTopic === undefined
    let banned = false
    let isMuted = muteProvider[p] === 1
    for (let k = from; k < to; k++) {
      const t = topicIds[k]!
      if (wantTopic[t]) topicOk = true
      if (t === q.baseTopic) hasBase = true
      if (banTopic[t]) banned = true
      if (muteTopic[t]) isMuted = true
    }
    if (!hasBase || banned) continue
    const providerOk = anyProvider || wantProvider[p] === 1
    if (isMuted) {
      if (topicOk && providerOk) muted++
      continue
    }
    if (providerOk) for (let k = from; k < to; k++) topicCounts[topicIds[k]!]!++
    if (topicOk) providerCounts[p]!++
    if (topicOk && providerOk) ids[n++] = i
  }
  const sorted = sortIds(ids.subarray(0, n), index, facets, q.sort, rank)
  const shown = q.cluster ? firstOfEachCluster(sorted, index) : sorted
  return {
    ids: shown,
    ...(shown.length < n && { articles: n }),
    topicCounts,
    providerCounts,
    ...(matches && { terms: matches.terms }),
    ...(muted > 0 && { muted }),
  }
}

function sortIds(
  ids: Uint32Array,
  index: FacetIndex,
  facets: Facets,
  sort: Sort,
  rank?: Uint32Array,
) {
  if (sort === 'relevance' && rank) return ids.slice().sort((a, b) => rank[a]! - rank[b]!)
  if (sort === 'newest' || sort === 'relevance') return ids
  if (sort === 'oldest') return ids.slice().reverse()
  if (sort === 'rising') {
    // Highest score first; the stories before the recent window (score 0) stay newest first.
    const { score } = rising(index, facets)
    return ids.slice().sort((a, b) => score[b]! - score[a]! || a - b)
  }
  const column = sort === 'heat' ? index.heat : index.quality
  // Highest first; articles without a value last; ties stay newest first.
  const key = (id: number) => (column[id] === NO_VALUE ? -Infinity : column[id]!)
  return ids.slice().sort((a, b) => key(b) - key(a) || a - b)
}

/** The ids in order, but for those whose story cluster an earlier id already stands for. */
function firstOfEachCluster(ids: Uint32Array, index: FacetIndex): Uint32Array {
  const taken = new Uint8Array(index.count)
  const out = new Uint32Array(ids.length)
  let n = 0
  for (const id of ids) {
    const c = index.cluster[id]!
    if (taken[c]) continue
    taken[c] = 1
    out[n++] = id
  }
  return n === ids.length ? ids : out.slice(0, n)
}

/** The ids on one page, and the card shards they live in. */
export function pageSlice(ids: Uint32Array, page: number, pageSize: number, shardSize: number) {
  const onPage = Array.from(ids.subarray((page - 1) * pageSize, page * pageSize))
  return { ids: onPage, shards: [...new Set(onPage.map((id) => Math.floor(id / shardSize)))] }
}
