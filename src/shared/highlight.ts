import { searchTerms } from './search-query.ts'

export interface Segment {
  text: string
  /** True for a word the search matched. */
  mark: boolean
}

const WORD = /[\p{L}\p{N}]+/gu

/**
 * Splits text into plain and matched runs: a word is matched when its search form (lowercase,
 * accents stripped) is one of `terms`. The caller renders marked runs as `<mark>` elements;
 * nothing here is HTML.
 */
export function highlightSegments(text: string, terms: readonly string[]): Segment[] {
  if (terms.length === 0) return [{ text, mark: false }]
  const wanted = new Set(terms)
  const out: Segment[] = []
  let plainFrom = 0
  for (const m of text.matchAll(WORD)) {
    const form = searchTerms(m[0]).join('')
    if (!wanted.has(form)) continue
    if (m.index > plainFrom) out.push({ text: text.slice(plainFrom, m.index), mark: false })
    out.push({ text: m[0], mark: true })
    plainFrom = m.index + m[0].length
  }
  if (plainFrom < text.length) out.push({ text: text.slice(plainFrom), mark: false })
  return out
}
