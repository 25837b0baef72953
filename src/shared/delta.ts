/** Sorted ids as the gaps between them: small numbers, for files that list many ids. */
export function delta(ids: ArrayLike<number>): number[] {
  const out = new Array<number>(ids.length)
  let prev = 0
  for (let i = 0; i < ids.length; i++) {
    out[i] = ids[i]! - prev
    prev = ids[i]!
  }
  return out
}

/** Decodes delta-coded ids. */
export function undelta(deltas: number[]): number[] {
  let id = 0
  return deltas.map((d) => (id += d))
}
