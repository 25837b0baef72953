import { fnv1a } from './hash.ts'

/** A fixed, harmonious palette for provider monograms: muted inks that carry white text at AA. */
export const MONOGRAM_COLOURS = [
  '#7a2e2e', // oxblood
  '#2f5d50', // bottle green
  '#34507a', // ink blue
  '#6b4f2a', // walnut
  '#5b3f6e', // plum
  '#3f6470', // slate teal
  '#7a4b2a', // rust
  '#4a5a2e', // olive
] as const

/** Up to two initials: "The Guardian" → "G", "Financial Times" → "FT", "bbc.co.uk" → "B". */
export function initials(name: string): string {
  const words = name
    .replace(/\.[a-z.]+$/i, '')
    .split(/[\s\-_.]+/)
    .filter((w) => w !== '' && !/^(the|a|an|of|and|&)$/i.test(w))
  const letters = words.map((w) => Array.from(w)[0]!.toUpperCase())
  return (letters.length > 2 ? [letters[0], letters.at(-1)] : letters).join('') || '?'
}

/** A stable colour for a domain (FNV-1a hash into the palette). */
export function monogramColour(domain: string): string {
  return MONOGRAM_COLOURS[fnv1a(domain) % MONOGRAM_COLOURS.length]!
}
