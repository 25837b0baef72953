import MiniSearch, { type SearchOptions } from 'minisearch'
import { parseSearchQuery } from '../shared/search-query.ts'
import {
  chunkKey,
  chunkOptions,
  chunkToMiniSearch,
  FIELDS,
  pairKey,
  setBucket,
  sourceKey,
  topicKey,
  undelta,
  type SearchChunk,
  type SearchManifest,
  type SearchSetBucket,
} from './search-index.ts'

export interface SearchHits {
  /** Matching article ids, best first: more query words in the title, then a higher score. */
  ids: Uint32Array
  /** Indexed words the query matched (typos corrected, prefixes completed), for highlighting. */
  terms: string[]
}

/** One matching article: its score and, per matched indexed word, the fields it was found in. */
interface Hit {
  score: number
  match: Record<string, string[]>
}
type Hits = Map<number, Hit>

/** Small typos are forgiven in longer words: one edit from 4 letters, two from 6 (a swap of two letters is two edits). */
const fuzzy = (term: string) => (term.length >= 6 ? 2 : term.length >= 4 ? 1 : false)
/** Every word is also a prefix ("goog" finds Google), except single letters. */
const prefix = (term: string) => term.length >= 2

const inText: SearchOptions = {
  fields: [...FIELDS],
  boost: { title: 3, topics: 1.5, provider: 1.5 },
}
const exactly: SearchOptions = { prefix: false, fuzzy: false }

/** Fetches one file of the index: a chunk (`search/<n>.json`) or a set bucket (`search/s<n>.json`). */
export interface IndexFiles {
  chunk(n: number): Promise<SearchChunk>
  setBucket(n: number): Promise<SearchSetBucket>
}

/**
 * Full-text search over titles, excerpts, provider names and topics, on the split index of
 * `search-index.ts`: each query word is looked up with MiniSearch in its own chunk, fetched the
 * first time a query needs it, and the query language of `parseSearchQuery` is put together
 * from those lookups: every word required, phrases checked on neighbouring-word pairs,
 * operators and exclusions as sets of ids.
 *
 * Typos are forgiven within a chunk: a misspelt word finds words that start with the same two
 * letters ("recogniton" finds "recognition"; "gacial" does not find "facial").
 */
export function createSearchEngine(manifest: SearchManifest, files: IndexFiles) {
  const chunkNumbers = new Map(manifest.chunks.map((key, n) => [key, n]))
  /** Loaded chunks by key, and set buckets by number; a failed fetch is tried again next time. */
  const chunks = new Map<string, Promise<MiniSearch>>()
  const buckets = new Map<number, Promise<SearchSetBucket>>()
  const ready = new Map<string, MiniSearch>()
  const readyBuckets = new Map<number, SearchSetBucket>()
  const once = <K, V>(cache: Map<K, Promise<V>>, key: K, load: () => Promise<V>) => {
    let value = cache.get(key)
    if (!value) {
      cache.set(key, (value = load()))
      value.catch(() => cache.delete(key))
    }
    return value
  }
  const bucketOf = (key: string) => setBucket(key, manifest.setBuckets)

  /** Loads the chunks of these words and the buckets of these set keys. */
  const prepare = (terms: string[], setKeys: string[]) =>
    Promise.all([
      ...[...new Set(terms.map(chunkKey))].map(async (key) => {
        const n = chunkNumbers.get(key)
        // No chunk: no indexed word starts with these letters.
        if (n === undefined) return
        const load = async () =>
          MiniSearch.loadJS(chunkToMiniSearch(await files.chunk(n), manifest), chunkOptions)
        ready.set(key, await once(chunks, key, load))
      }),
      ...[...new Set(setKeys.map(bucketOf))].map(async (n) =>
        readyBuckets.set(n, await once(buckets, n, () => files.setBucket(n))),
      ),
    ])

  const lookup = (term: string, options: SearchOptions): Hits => {
    const hits: Hits = new Map()
    for (const r of ready.get(chunkKey(term))?.search(term, options) ?? [])
      hits.set(r.id as number, { score: r.score, match: r.match })
    return hits
  }
  const idsOf = (key: string) => new Set(undelta(readyBuckets.get(bucketOf(key))?.[key] ?? []))

  /** A word as typed: also a prefix; when the index does not know it, small typos forgiven. */
  const word = (w: string) => {
    const hits = lookup(w, { ...inText, prefix: prefix(w), fuzzy: false })
    if (hits.size > 0 || !fuzzy(w)) return { hits, unknown: hits.size === 0 }
    return {
      hits: lookup(w, { ...inText, prefix: prefix(w), fuzzy: fuzzy(w), maxFuzzy: 2 }),
      unknown: true,
    }
  }
  const exactWord = (w: string) => lookup(w, { ...inText, ...exactly })
  const pairsOf = (phrase: string[]) => phrase.slice(1).map((w, i) => pairKey(phrase[i]!, w))
  /**
   * Articles with the phrase: its words, each pair of neighbours next to each other in one
   * field. (A phrase of three words or more could, rarely, be matched by its pairs in
   * different places.)
   */
  const phrase = (words: string[]): Hits => {
    let hits = words.map(exactWord).reduce(both)
    for (const pair of pairsOf(words)) hits = only(hits, idsOf(pair))
    return hits
  }

  return {
    size: manifest.documentCount,
    async search(input: string): Promise<SearchHits> {
      const q = parseSearchQuery(input)
      const phraseWords = [...q.phrases, ...q.excludePhrases]
      await prepare(
        [...q.words, ...q.excludeWords, ...phraseWords.flat()],
        [
          ...phraseWords.flatMap(pairsOf),
          ...[...q.sources, ...q.excludeSources].map(sourceKey),
          ...[...q.topics, ...q.excludeTopics].map(topicKey),
        ],
      )

      const unknown = new Set<string>()
      const positive: Hits[] = [
        ...q.words.map((w) => {
          const found = word(w)
          if (found.unknown) unknown.add(w)
          return found.hits
        }),
        ...q.phrases.map(phrase),
      ]
      let hits: Hits =
        positive.length > 0
          ? positive.reduce(both)
          : new Map(Array.from({ length: manifest.documentCount }, (_, id) => [id, noMatch()]))

      if (q.sources.length > 0) {
        const from = q.sources.map((s) => idsOf(sourceKey(s)))
        hits = keep(hits, (id) => from.some((ids) => ids.has(id)))
      }
      for (const t of q.topics) hits = only(hits, idsOf(topicKey(t)))
      const excluded = [
        ...q.excludeSources.map((s) => idsOf(sourceKey(s))),
        ...q.excludeTopics.map((t) => idsOf(topicKey(t))),
        ...q.excludeWords.map((w) => new Set(exactWord(w).keys())),
        ...q.excludePhrases.map((p) => new Set(phrase(p).keys())),
      ]
      if (excluded.length > 0) hits = keep(hits, (id) => !excluded.some((ids) => ids.has(id)))

      // How many of the query's words the title has: a word counts once, whether it matched
      // as itself, as a prefix, or (for a word the index does not know) through a typo.
      const queryWords = [...new Set([...q.words, ...q.phrases.flat()])]
      const extends_ = (t: string) => queryWords.some((w) => t.startsWith(w))
      const titleHits = (match: Hit['match']) => {
        const inTitle = Object.keys(match).filter((t) => match[t]!.includes('title'))
        return queryWords.filter((w) =>
          inTitle.some((t) => t.startsWith(w) || (unknown.has(w) && !extends_(t))),
        ).length
      }
      const ranked = [...hits]
        .map(([id, hit]) => ({ id, title: titleHits(hit.match), score: hit.score, hit }))
        .sort((a, b) => b.title - a.title || b.score - a.score || a.id - b.id)
      const terms = new Set(q.phrases.flat())
      for (const r of ranked) for (const t of Object.keys(r.hit.match)) terms.add(t)
      return { ids: Uint32Array.from(ranked, (r) => r.id), terms: [...terms] }
    },
  }
}

export type SearchEngine = ReturnType<typeof createSearchEngine>

const noMatch = (): Hit => ({ score: 0, match: {} })

/** Articles in both, scores added (as MiniSearch's own AND does), matched words merged. */
function both(a: Hits, b: Hits): Hits {
  const out: Hits = new Map()
  for (const [id, x] of a) {
    const y = b.get(id)
    if (!y) continue
    const match = { ...x.match }
    for (const [term, fields] of Object.entries(y.match))
      match[term] = [...new Set([...(match[term] ?? []), ...fields])]
    out.set(id, { score: x.score + y.score, match })
  }
  return out
}

const only = (hits: Hits, ids: Set<number>) => keep(hits, (id) => ids.has(id))

function keep(hits: Hits, test: (id: number) => boolean): Hits {
  const out: Hits = new Map()
  for (const [id, hit] of hits) if (test(id)) out.set(id, hit)
  return out
}
