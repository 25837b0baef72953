import MiniSearch, { type Query, type SearchResult } from 'minisearch'
import type { SearchDoc } from '../shared/data.ts'
import { parseSearchQuery, searchTerms, type SearchQuery } from '../shared/search-query.ts'

/** The names the search documents refer to by id: the facets' providers and topics. */
export interface SearchNames {
  providers: { name: string; domain: string }[]
  topics: { name: string; slug: string }[]
}

export interface SearchHits {
  /** Matching article ids, best first: more query words in the title, then a higher score. */
  ids: Uint32Array
  /** Indexed words the query matched (typos corrected, prefixes completed), for highlighting. */
  terms: string[]
}

type Field = 'title' | 'excerpt' | 'provider' | 'topics'
const FIELDS: Field[] = ['title', 'excerpt', 'provider', 'topics']

/** Small typos are forgiven in longer words: one edit from 4 letters, two from 6 (a swap of two letters is two edits). */
const fuzzy = (term: string) => (term.length >= 6 ? 2 : term.length >= 4 ? 1 : false)
/** Every word is also a prefix ("goog" finds Google), except single letters. */
const prefix = (term: string) => term.length >= 2
const exact = { prefix: false, fuzzy: false } as const

/**
 * An in-memory full-text index (MiniSearch) over titles, excerpts, provider names and topics,
 * plus the query language of `parseSearchQuery` on top: phrases and operators are checked per
 * candidate, exclusions are subtracted.
 */
export function createSearchEngine(docs: SearchDoc[], names: SearchNames) {
  const fieldText = (id: number, field: Field): string => {
    const [title, excerpt, provider, topics] = docs[id]!
    if (field === 'title') return title
    if (field === 'excerpt') return excerpt
    if (field === 'provider') {
      const p = names.providers[provider]
      return p ? `${p.name} ${p.domain}` : ''
    }
    return topics.map((t) => names.topics[t]?.name ?? '').join(' ')
  }
  const index = new MiniSearch<{ id: number }>({
    fields: FIELDS,
    extractField: (doc, field) => (field === 'id' ? doc.id : fieldText(doc.id, field as Field)),
    tokenize: searchTerms,
    searchOptions: {
      boost: { title: 3, topics: 1.5, provider: 1.5 },
      prefix,
      fuzzy,
      maxFuzzy: 2,
      combineWith: 'AND',
    },
  })
  index.addAll(docs.map((_, id) => ({ id })))

  const providerIds = new Map(names.providers.map((p, id) => [p.domain, id]))
  const topicIds = new Map(names.topics.map((t, id) => [t.slug, id]))
  // Each field's words, fields kept apart by " | " so that no phrase spans two of them.
  const texts = new Map<number, string>()
  const allText = (id: number) => {
    let text = texts.get(id)
    if (text === undefined) {
      text = ` ${FIELDS.map((f) => searchTerms(fieldText(id, f)).join(' ')).join(' | ')} `
      texts.set(id, text)
    }
    return text
  }
  const hasPhrase = (text: string, phrase: string[]) => text.includes(` ${phrase.join(' ')} `)

  const accepts = (q: SearchQuery) => {
    const ids = (keys: string[], map: Map<string, number>) => keys.map((k) => map.get(k) ?? -1)
    const sources = ids(q.sources, providerIds)
    const topics = ids(q.topics, topicIds)
    const noSources = ids(q.excludeSources, providerIds)
    const noTopics = ids(q.excludeTopics, topicIds)
    return (id: number): boolean => {
      const [, , provider, docTopics] = docs[id]!
      if (sources.length > 0 && !sources.includes(provider)) return false
      if (noSources.includes(provider)) return false
      if (!topics.every((t) => docTopics.includes(t))) return false
      if (noTopics.some((t) => docTopics.includes(t))) return false
      if (q.phrases.length === 0 && q.excludePhrases.length === 0) return true
      const text = allText(id)
      return (
        q.phrases.every((p) => hasPhrase(text, p)) &&
        !q.excludePhrases.some((p) => hasPhrase(text, p))
      )
    }
  }

  return {
    size: docs.length,
    search(input: string): SearchHits {
      const q = parseSearchQuery(input)
      // Typos are forgiven only for words the index does not know, even as a prefix: "facial"
      // then finds "facial" and not also "racial", while "recogniton" finds "recognition".
      const unknown = new Set(
        q.words.filter((w) => index.search(w, { prefix: prefix(w), fuzzy: false }).length === 0),
      )
      const positive: Query[] = [
        ...q.words.map((w): Query => ({ queries: [w], fuzzy: unknown.has(w) && fuzzy(w) })),
        ...q.phrases.map((p): Query => ({ queries: p, combineWith: 'AND', ...exact })),
      ]
      let query: Query =
        positive.length > 0 ? { queries: positive, combineWith: 'AND' } : MiniSearch.wildcard
      if (q.excludeWords.length > 0) {
        query = {
          combineWith: 'AND_NOT',
          queries: [query, { queries: q.excludeWords, combineWith: 'OR', ...exact }],
        }
      }
      const ok = accepts(q)
      const results = index.search(query, { filter: (r) => ok(r.id as number) })
      // How many of the query's words the title has: a word counts once, whether it matched
      // as itself, as a prefix, or (for a word the index does not know) through a typo.
      const queryWords = [...new Set([...q.words, ...q.phrases.flat()])]
      const extends_ = (t: string) => queryWords.some((w) => t.startsWith(w))
      const titleHits = (r: SearchResult) => {
        const inTitle = Object.keys(r.match).filter((t) => r.match[t]!.includes('title'))
        return queryWords.filter((w) =>
          inTitle.some((t) => t.startsWith(w) || (unknown.has(w) && !extends_(t))),
        ).length
      }
      const ranked = results
        .map((r) => ({ id: r.id as number, title: titleHits(r), score: r.score, terms: r.terms }))
        .sort((a, b) => b.title - a.title || b.score - a.score || a.id - b.id)
      const terms = new Set(q.phrases.flat())
      if (positive.length > 0) for (const r of ranked) for (const t of r.terms) terms.add(t)
      return { ids: Uint32Array.from(ranked, (r) => r.id), terms: [...terms] }
    },
  }
}

export type SearchEngine = ReturnType<typeof createSearchEngine>
