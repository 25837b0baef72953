import { decodeHTMLStrict } from 'entities'

/**
 * Decodes HTML entities (`&amp;`, `&#8217;`, `&rsquo;` …) to plain text. Strict mode: an entity
 * needs its `;`, so `?a=1&copy=2` in a URL stays as it is. Feeds often
 * double-encode (`&amp;#8217;`), so a second pass runs when the first one changed something
 * that still looks like an entity.
 */
export function decodeEntities(input: string): string {
  if (!input.includes('&')) return input
  const once = decodeHTMLStrict(input)
  return once !== input && /&(?:#\d+|#x[\da-f]+|[a-z]+\d*);/i.test(once)
    ? decodeHTMLStrict(once)
    : once
}

/** Whitespace that `cleanText` would change: any but a single space between words. */
const UNCLEAN_SPACE = /[^\S ]| {2}|^ | $/

/** Collapses whitespace runs (newlines in folded YAML, tabs) to single spaces and trims. */
export function cleanText(input: string): string {
  // Most text is clean already: one scan to tell is cheaper than the replace.
  if (!input.includes('&') && !UNCLEAN_SPACE.test(input)) return input
  return decodeEntities(input).replace(/\s+/g, ' ').trim()
}

/** Shortens text to at most `max` characters at a word boundary, ending with `…`. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text
  const cut = text.slice(0, max - 1)
  const space = cut.lastIndexOf(' ')
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:!?…-]+$/, '')}…`
}
