import type { AsPlainObject, Options } from 'minisearch'
import { delta, undelta } from './delta.ts'
import { searchTerms } from './search-query.ts'
import { fnv1a } from './hash.ts'

/*
 * (Over 250 lines on purpose: the file format below and the code that writes it stay in one
 * place, as the browser's reader in search/ depends on every detail of both.)
 *
 * The search index, built once at build time and cut into small files, so that a query fetches
 * only what its own words need, whatever the size of the corpus:
 *
 *   search/index.json   the manifest: corpus size, average field lengths, the chunk keys
 *   search/<n>.json     a chunk: every word starting with the same two letters (three, for
 *                       letters that start many words), with all their postings and the
 *                       lengths of the fields they occur in
 *   search/s<n>.json    a bucket of id sets, by a hash of their key: the neighbouring-word pairs
 *                       (" first second") of the articles' own fields that check phrases,
 *                       "@domain" for source: and "#slug" for topic:
 *
 * A chunk becomes a MiniSearch index (`MiniSearch.loadJS`) with the corpus-wide document count
 * and average field lengths, so a word scores in its chunk exactly as in one index of all
 * articles. On disk it is compact (ids delta-coded); `chunkToMiniSearch` expands it.
 */

/** The fields a word is looked up in. */
export const FIELDS = ['title', 'excerpt', 'provider', 'topics', 'related'] as const
/**
 * The article's own fields: all but the headlines of its related coverage, whose words are
 * found (with a low boost) but whose word pairs are not kept, so phrases stay within these.
 */
export const OWN_FIELDS = FIELDS.filter((f) => f !== 'related')
const RELATED = FIELDS.indexOf('related')

/** What the index knows of one article (its id is its position, newest first). */
export interface SearchSource {
  title: string
  excerpt: string
  provider: { name: string; domain: string }
  topics: { name: string; slug: string }[]
  /** The headlines of its related coverage (other outlets' stories). */
  related: string[]
}

export interface SearchManifest {
  documentCount: number
  averageFieldLength: number[]
  /** Chunk keys; the chunk with key `chunks[n]` is `search/<n>.json`. */
  chunks: string[]
  /** First two letters whose words are chunked by their first three. */
  split: string[]
  /** Number of id-set buckets, `search/s<n>.json`. */
  setBuckets: number
  /**
   * Set by the dev server, whose files change under a running worker: the worker asks for
   * chunks with `?v=<version>`, and is answered from the index its manifest came from.
   */
  version?: string
}

export interface SearchChunk {
  /** Ids of the articles with a posting in this chunk, delta-coded. */
  docs: number[]
  /**
   * Their field lengths (distinct words): per article, in field order, those of the fields it
   * has a posting in here, the only ones a lookup in this chunk reads.
   */
  lengths: number[]
  /** Each word with its postings: field id, delta-coded article ids, occurrences. */
  terms: [term: string, postings: [field: number, ids: number[], counts: number[]][]][]
}

/** A bucket of id sets: key to delta-coded article ids. */
export type SearchSetBucket = Record<string, number[]>

/**
 * Where a word may be: the keys of the chunks to look in. `wholeGroup` asks for every chunk of
 * the word's first two letters, for a two-letter prefix or a typo after the second letter.
 */
export function chunkLocator(manifest: SearchManifest) {
  const split = new Set(manifest.split)
  const groups = new Map<string, string[]>()
  for (const key of manifest.chunks) {
    const group = groups.get(key.slice(0, 2))
    if (group) group.push(key)
    else groups.set(key.slice(0, 2), [key])
  }
  return (term: string, wholeGroup: boolean): string[] => {
    const group = term.slice(0, 2)
    if (!split.has(group)) return [group]
    return wholeGroup ? (groups.get(group) ?? []) : [term.slice(0, 3)]
  }
}
export const pairKey = (first: string, second: string) => ` ${first} ${second}`
export const sourceKey = (domain: string) => `@${domain.toLowerCase()}`
export const topicKey = (slug: string) => `#${slug.toLowerCase()}`

/** The bucket an id set lives in. */
export const setBucket = (key: string, buckets: number): number => fnv1a(key) % buckets

/** MiniSearch options for a loaded chunk: lookups pass words already in index form. */
export const chunkOptions: Options<{ id: number }> = {
  fields: [...FIELDS],
  tokenize: (text) => [text],
  processTerm: (term) => term,
}

const MINISEARCH_SERIALIZATION = 2
/** Ids per set bucket, roughly: a few kilobytes to fetch for a phrase or an operator. */
const IDS_PER_SET_BUCKET = 4000
/** Postings above which the words of two first letters are chunked by their first three. */
const SPLIT_POSTINGS = 5_000

/** A chunk as MiniSearch's own serialised index, for `MiniSearch.loadJS`. */
export function chunkToMiniSearch(chunk: SearchChunk, manifest: SearchManifest): AsPlainObject {
  /** Per article, a bit for each field it has a posting in. */
  const inFields = new Map<number, number>()
  const index: AsPlainObject['index'] = chunk.terms.map(([term, postings]) => {
    const fields: Record<number, Record<number, number>> = {}
    for (const [field, ids, counts] of postings) {
      const docs: Record<number, number> = {}
      undelta(ids).forEach((id, i) => {
        docs[id] = counts[i]!
        inFields.set(id, (inFields.get(id) ?? 0) | (1 << field))
      })
      fields[field] = docs
    }
    return [term, fields]
  })
  const documentIds: Record<number, number> = {}
  const fieldLength: Record<number, number[]> = {}
  let next = 0
  for (const id of undelta(chunk.docs)) {
    documentIds[id] = id
    const bits = inFields.get(id) ?? 0
    // Fields without a posting here are never read: 0 stands in for their lengths.
    fieldLength[id] = FIELDS.map((_, f) => (bits & (1 << f) ? chunk.lengths[next++]! : 0))
  }
  return {
    documentCount: manifest.documentCount,
    nextId: manifest.documentCount,
    documentIds,
    fieldIds: Object.fromEntries(FIELDS.map((f, i) => [f, i])),
    fieldLength,
    averageFieldLength: manifest.averageFieldLength,
    storedFields: {},
    index,
    serializationVersion: MINISEARCH_SERIALIZATION,
  }
}

interface Postings {
  ids: number[]
  counts: number[]
}

/** Appends one occurrence; articles come in id order, so a repeat is the last id. */
function occur(p: Postings, id: number) {
  const last = p.ids.length - 1
  if (p.ids[last] === id) p.counts[last]!++
  else {
    p.ids.push(id)
    p.counts.push(1)
  }
}

/** Builds the manifest, the chunks and the set buckets of a corpus, as the JSON text to write. */
export function buildSearchIndex(
  sources: SearchSource[],
  { splitPostings = SPLIT_POSTINGS } = {},
): {
  manifest: SearchManifest
  chunks: string[]
  sets: string[]
} {
  // Words get ids in order of appearance.
  const termIds = new Map<string, number>()
  const terms: string[] = []
  const postings: (Postings | undefined)[][] = []
  /** pairs[first word id]: second word id to the ids of the articles with the pair. */
  const pairs: Map<number, number[]>[] = []
  const sets = new Map<string, number[]>()
  const inSet = <K>(map: Map<K, number[]>, key: K, id: number) => {
    const ids = map.get(key)
    if (!ids) map.set(key, [id])
    else if (ids[ids.length - 1] !== id) ids.push(id)
  }
  const lengths: number[] = []
  const totals = FIELDS.map(() => 0)

  sources.forEach((source, id) => {
    const texts = [
      source.title,
      source.excerpt,
      `${source.provider.name} ${source.provider.domain}`,
      source.topics.map((t) => t.name).join(' '),
      source.related.join(' '),
    ]
    texts.forEach((text, field) => {
      let distinct = 0
      let previous = -1
      for (const term of searchTerms(text)) {
        let t = termIds.get(term)
        if (t === undefined) {
          termIds.set(term, (t = terms.length))
          terms.push(term)
          postings.push([])
          pairs.push(new Map())
        }
        const p = (postings[t]![field] ??= { ids: [], counts: [] })
        if (p.ids[p.ids.length - 1] !== id) distinct++
        occur(p, id)
        if (previous >= 0 && field !== RELATED) inSet(pairs[previous]!, t, id)
        previous = t
      }
      // As MiniSearch counts a field's length: its distinct words.
      lengths.push(distinct)
      totals[field]! += distinct
    })
    inSet(sets, sourceKey(source.provider.domain), id)
    for (const t of source.topics) inSet(sets, topicKey(t.slug), id)
  })
  pairs.forEach((seconds, first) => {
    for (const [second, ids] of seconds) sets.set(pairKey(terms[first]!, terms[second]!), ids)
  })

  const documentCount = sources.length
  const groups = new Map<string, number[]>()
  for (const [term, t] of termIds) inSet(groups, term.slice(0, 2), t)
  const byKey = new Map<string, number[]>()
  const split: string[] = []
  for (const [group, ids] of groups) {
    let size = 0
    for (const t of ids) for (const p of postings[t]!) size += p?.ids.length ?? 0
    if (size <= splitPostings) byKey.set(group, ids)
    else {
      split.push(group)
      for (const t of ids) inSet(byKey, terms[t]!.slice(0, 3), t)
    }
  }
  const keys = [...byKey.keys()].sort()
  const width = FIELDS.length
  const seenIn = new Int32Array(documentCount).fill(-1)
  /** For the chunk being made, per article: a bit for each field it has a posting in. */
  const inFields = new Uint8Array(documentCount)
  const chunks = keys.map((key, n) => {
    const ids = byKey.get(key)!.sort((a, b) => (terms[a]! < terms[b]! ? -1 : 1))
    const docs: number[] = []
    for (const t of ids)
      postings[t]!.forEach((p, field) => {
        if (p)
          for (const id of p.ids) {
            if (seenIn[id] !== n) {
              seenIn[id] = n
              inFields[id] = 0
              docs.push(id)
            }
            inFields[id]! |= 1 << field
          }
      })
    const sorted = Uint32Array.from(docs).sort()
    const docLengths: number[] = []
    for (const id of sorted)
      for (let f = 0; f < width; f++)
        if (inFields[id]! & (1 << f)) docLengths.push(lengths[id * width + f]!)
    const chunk: SearchChunk = {
      docs: delta(sorted),
      lengths: docLengths,
      terms: ids.map((t) => [
        terms[t]!,
        postings[t]!.flatMap((p, field) =>
          p ? [[field, delta(p.ids), p.counts] as [number, number[], number[]]] : [],
        ),
      ]),
    }
    return JSON.stringify(chunk)
  })

  let setIds = 0
  for (const ids of sets.values()) setIds += ids.length
  const setBuckets = Math.max(1, Math.ceil(setIds / IDS_PER_SET_BUCKET))
  const buckets: SearchSetBucket[] = Array.from({ length: setBuckets }, () => ({}))
  for (const [key, ids] of sets) buckets[setBucket(key, setBuckets)]![key] = delta(ids)

  return {
    manifest: {
      documentCount,
      averageFieldLength: totals.map((n) => (documentCount === 0 ? 0 : n / documentCount)),
      chunks: keys,
      split: split.sort(),
      setBuckets,
    },
    chunks,
    sets: buckets.map((b) => JSON.stringify(b)),
  }
}
