import { searchTerms } from './search-query.ts'

export interface Segment {
  text: string
  /** True for a word the search matched, or a run of them with only spaces between. */
  mark: boolean
}

const WORD = /[\p{L}\p{N}]+/gu
/** A gap that joins two matched words into one run: spaces, nothing else. */
const SPACES = /^\s*$/u

/**
 * Splits text into plain and matched runs: a word is matched when its search form (lowercase,
 * accents stripped) is one of `terms`, and matched words with only spaces between are one run
 * ("facial recognition" is one mark; "facial-recognition" stays two). The caller renders marked
 * runs as `<mark>` elements; nothing here is HTML.
 */
export function highlightSegments(text: string, terms: readonly string[]): Segment[] {
  if (terms.length === 0) return [{ text, mark: false }]
  const wanted = new Set(terms)
  const out: Segment[] = []
  let plainFrom = 0
  for (const m of text.matchAll(WORD)) {
    const form = searchTerms(m[0]).join('')
    if (!wanted.has(form)) continue
    const gap = text.slice(plainFrom, m.index)
    const last = out[out.length - 1]
    // A plain run is only written before a mark: a mark last means the gap follows it.
    if (last?.mark && SPACES.test(gap)) last.text += gap + m[0]
    else {
      if (gap) out.push({ text: gap, mark: false })
      out.push({ text: m[0], mark: true })
    }
    plainFrom = m.index + m[0].length
  }
  if (plainFrom < text.length) out.push({ text: text.slice(plainFrom), mark: false })
  return out
}
