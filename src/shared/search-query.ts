/*
 * The search box's little language, parsed into parts the search engine runs:
 *
 *   machine learn        words: every word must match (prefixes and small typos forgiven)
 *   "speech recognition" an exact phrase, in this order
 *   -crypto  -"big tech" leave out articles with this word or phrase
 *   source:bbc.co.uk     only articles from this provider (several are OR-ed)
 *   topic:robotics       only articles with this topic (several are AND-ed)
 *   -source:… -topic:…   leave out that provider or topic
 *
 * Parsing never fails: a stray quote closes at the end, an operator without a value is a word.
 */

export interface SearchQuery {
  /** Words in search form (see `searchTerms`), all required. */
  words: string[]
  /** Phrases as lists of words, all required. */
  phrases: string[][]
  excludeWords: string[]
  excludePhrases: string[][]
  /** Provider domains (lowercase); an article matches any. */
  sources: string[]
  /** Topic slugs (lowercase); an article must have every one. */
  topics: string[]
  excludeSources: string[]
  excludeTopics: string[]
}

const ASCII = /^\p{ASCII}*$/u

/** Lowercase, accents stripped, split into words of letters and digits. */
export function searchTerms(text: string): string[] {
  // Plain ASCII has no accents to strip: the same words, several times faster.
  if (ASCII.test(text)) return text.toLowerCase().match(/[a-z0-9]+/g) ?? []
  return (
    text
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  )
}

const TOKEN = /(-?)(?:(source|topic):)?(?:"([^"]*)"?|(\S+))/giy

/** A query that asks for nothing. */
export const emptySearchQuery = (): SearchQuery => ({
  words: [],
  phrases: [],
  excludeWords: [],
  excludePhrases: [],
  sources: [],
  topics: [],
  excludeSources: [],
  excludeTopics: [],
})

export function parseSearchQuery(input: string): SearchQuery {
  const q = emptySearchQuery()
  const text = input.trim()
  let at = 0
  while (at < text.length) {
    if (/\s/.test(text[at]!)) {
      at++
      continue
    }
    TOKEN.lastIndex = at
    const m = TOKEN.exec(text)!
    at = TOKEN.lastIndex
    const [, minus, operator, quoted, bare] = m
    const exclude = minus === '-'
    const value = quoted ?? bare ?? ''
    if (operator && value.trim()) {
      const source = operator.toLowerCase() === 'source'
      const key = exclude
        ? source
          ? q.excludeSources
          : q.excludeTopics
        : source
          ? q.sources
          : q.topics
      const v = value.trim().toLowerCase()
      if (!key.includes(v)) key.push(v)
      continue
    }
    // An operator with nothing after it (`source:`) is searched as plain text.
    const terms = searchTerms(operator ? `${operator} ${value}` : value)
    if (terms.length === 0) continue
    if (quoted !== undefined && terms.length > 1) {
      ;(exclude ? q.excludePhrases : q.phrases).push(terms)
    } else {
      const into = exclude ? q.excludeWords : q.words
      for (const t of terms) if (!into.includes(t)) into.push(t)
    }
  }
  return q
}

/** True when the query asks for nothing: the box holds only spaces or punctuation. */
export function isEmptySearch(q: SearchQuery): boolean {
  return Object.values(q).every((list: unknown[]) => list.length === 0)
}
