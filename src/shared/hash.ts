/** FNV-1a over a string's UTF-16 code units: a small, stable hash for spreading keys into buckets. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193)
  return hash >>> 0
}

/**
 * MurmurHash3's finaliser: spreads a hash's bits, so that keys that differ only at the end
 * (`…-story-1`, `…-story-2`) still land in buckets as evenly as chance allows.
 */
export function mix32(hash: number): number {
  let h = hash
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b)
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35)
  return (h ^ (h >>> 16)) >>> 0
}
