import MiniSearch, { type SearchOptions } from 'minisearch'
import { undelta } from '../shared/delta.ts'
import { parseSearchQuery } from '../shared/search-query.ts'
import {
  chunkLocator,
  chunkOptions,
  chunkToMiniSearch,
  FIELDS,
  OWN_FIELDS,
  pairKey,
  setBucket,
  sourceKey,
  topicKey,
  type SearchChunk,
  type SearchManifest,
  type SearchSetBucket,
} from '../shared/search-index.ts'

export interface SearchHits {
  /**
   * Matching article ids, best first: more query words in the title, then more in the
   * article's own fields (rather than only in its related headlines), then a higher score.
   */
  ids: Uint32Array
  /**
   * Indexed words the query matched in the articles' own fields (typos corrected, prefixes
   * completed), for highlighting; words matched only in related headlines, which cards do not
   * show, are left out.
   */
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
  // Other outlets' headlines say what a story is about more loosely than its own text.
  boost: { title: 3, topics: 1.5, provider: 1.5, related: 0.5 },
}
/** Phrases and exclusions look at the article's own fields only. */
const exactly: SearchOptions = { fields: [...OWN_FIELDS], prefix: false, fuzzy: false }

/** Fetches one file of the index: a chunk (`search/<n>.json`) or a set bucket (`search/s<n>.json`). */
export interface IndexFiles {
  chunk(n: number): Promise<SearchChunk>
  setBucket(n: number): Promise<SearchSetBucket>
}

/**
 * Full-text search over titles, excerpts, provider names and topics, and (ranked below them,
 * for words only: no phrases, no exclusions) the headlines of related coverage, on the split
 * index of `search-index.ts`: each query word is looked up with MiniSearch in its own chunk,
 * fetched the first time a query needs it, and the query language of `parseSearchQuery` is put
 * together from those lookups: every word required, phrases checked on neighbouring-word pairs,
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
  const locate = chunkLocator(manifest)
  /** A two-letter word is a prefix of every word in its group. */
  const wholeGroupFor = (w: string) => prefix(w) && w.length < 3

  /** Loads these chunks (a key without a chunk: no indexed word starts so). */
  const loadChunks = (keys: string[]) =>
    Promise.all(
      [...new Set(keys)].map(async (key) => {
        const n = chunkNumbers.get(key)
        if (n === undefined) return
        const load = async () =>
          MiniSearch.loadJS(chunkToMiniSearch(await files.chunk(n), manifest), chunkOptions)
        ready.set(key, await once(chunks, key, load))
      }),
    )
  const loadBuckets = (setKeys: string[]) =>
    Promise.all(
      [...new Set(setKeys.map(bucketOf))].map(async (n) =>
        readyBuckets.set(n, await once(buckets, n, () => files.setBucket(n))),
      ),
    )

  /** One word's matches across the chunks it may be in, scores added as in one index. */
  const lookup = (term: string, options: SearchOptions, wholeGroup = false): Hits => {
    const hits: Hits = new Map()
    for (const key of locate(term, wholeGroup)) {
      const chunk = ready.get(key)
      // No chunk file: no indexed word starts so. A chunk not loaded yet is a bug here.
      if (!chunk && chunkNumbers.has(key)) throw new Error(`search chunk "${key}" is not loaded`)
      for (const r of chunk?.search(term, options) ?? []) {
        const hit = hits.get(r.id as number)
        hits.set(r.id as number, hit ? add(hit, r) : { score: r.score, match: r.match })
      }
    }
    return hits
  }
  const idsOf = (key: string) => new Set(undelta(readyBuckets.get(bucketOf(key))?.[key] ?? []))

  /** A word as typed: also a prefix; when the index does not know it, small typos forgiven. */
  const word = async (w: string) => {
    const options = { ...inText, prefix: prefix(w) }
    const hits = lookup(w, { ...options, fuzzy: false }, wholeGroupFor(w))
    if (hits.size > 0 || !fuzzy(w)) return { hits, unknown: hits.size === 0 }
    await loadChunks(locate(w, true))
    return { hits: lookup(w, { ...options, fuzzy: fuzzy(w), maxFuzzy: 2 }, true), unknown: true }
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
      await Promise.all([
        loadChunks([
          ...q.words.flatMap((w) => locate(w, wholeGroupFor(w))),
          ...[...q.excludeWords, ...phraseWords.flat()].flatMap((w) => locate(w, false)),
        ]),
        loadBuckets([
          ...phraseWords.flatMap(pairsOf),
          ...[...q.sources, ...q.excludeSources].map(sourceKey),
          ...[...q.topics, ...q.excludeTopics].map(topicKey),
        ]),
      ])

      const unknown = new Set<string>()
      const positive: Hits[] = [
        ...(await Promise.all(q.words.map(word))).map((found, i) => {
          if (found.unknown) unknown.add(q.words[i]!)
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

      // How many of the query's words some fields have: a word counts once, whether it matched
      // as itself, as a prefix, or (for a word the index does not know) through a typo.
      const queryWords = [...new Set([...q.words, ...q.phrases.flat()])]
      const extends_ = (t: string) => queryWords.some((w) => t.startsWith(w))
      const wordsIn = (match: Hit['match'], where: (fields: string[]) => boolean) => {
        const found = Object.keys(match).filter((t) => where(match[t]!))
        return queryWords.filter((w) =>
          found.some((t) => t.startsWith(w) || (unknown.has(w) && !extends_(t))),
        ).length
      }
      const inTitle = (fields: string[]) => fields.includes('title')
      const inOwn = (fields: string[]) => fields.some((f) => f !== 'related')
      const ranked = [...hits]
        .map(([id, hit]) => ({
          id,
          title: wordsIn(hit.match, inTitle),
          own: wordsIn(hit.match, inOwn),
          score: hit.score,
          hit,
        }))
        .sort((a, b) => b.title - a.title || b.own - a.own || b.score - a.score || a.id - b.id)
      const terms = new Set(q.phrases.flat())
      for (const r of ranked)
        for (const [t, fields] of Object.entries(r.hit.match)) if (inOwn(fields)) terms.add(t)
      return { ids: Uint32Array.from(ranked, (r) => r.id), terms: [...terms] }
    },
  }
}

export type SearchEngine = ReturnType<typeof createSearchEngine>

const noMatch = (): Hit => ({ score: 0, match: {} })

/** Two matches of one article as one: scores added (as MiniSearch does), matched words merged. */
function add(x: Hit, y: Hit): Hit {
  const match = { ...x.match }
  for (const [term, fields] of Object.entries(y.match))
    match[term] = [...new Set([...(match[term] ?? []), ...fields])]
  return { score: x.score + y.score, match }
}

/** Articles in both. */
function both(a: Hits, b: Hits): Hits {
  const out: Hits = new Map()
  for (const [id, x] of a) {
    const y = b.get(id)
    if (y) out.set(id, add(x, y))
  }
  return out
}

const only = (hits: Hits, ids: Set<number>) => keep(hits, (id) => ids.has(id))

function keep(hits: Hits, test: (id: number) => boolean): Hits {
  const out: Hits = new Map()
  for (const [id, hit] of hits) if (test(id)) out.set(id, hit)
  return out
}
