/*
 * Heat and quality are the digest's own scores, open-ended (heat runs to 639 in the real
 * corpus, quality to 161), so a bare number tells a reader nothing. They are shown as a place
 * in this collection instead: "hotter than 90% of its stories".
 */

/** The cut points of a score: the value at 5%, 10%, … 95% of the collection, lowest first. */
export type SignalScale = number[]

const STEP = 5

/** The scale of a score over the articles that have one (missing or negative scores are none). */
export function signalScale(values: Iterable<number | undefined>): SignalScale {
  const sorted = [...values]
    .filter((v): v is number => v !== undefined && v >= 0)
    .sort((a, b) => a - b)
  if (sorted.length === 0) return []
  const cuts: number[] = []
  for (let p = STEP; p < 100; p += STEP)
    cuts.push(sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))]!)
  return cuts
}

/**
 * The share of the collection (0–95, in steps of 5) that scores below `value`: how many cut
 * points it passes. Undefined without a value or a scale.
 */
export function signalRank(value: number | undefined, scale: SignalScale): number | undefined {
  if (value === undefined || value < 0 || scale.length === 0) return undefined
  let passed = 0
  while (passed < scale.length && value > scale[passed]!) passed++
  return passed * STEP
}

/** A story is hot when it is in the top tenth of the collection by heat. */
export const isHot = (rank: number | undefined) => rank !== undefined && rank >= 90
