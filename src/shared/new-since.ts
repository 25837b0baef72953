import type { FacetIndex } from './facet-index.ts'

/*
 * "New since your last visit": the stories dated after the newest one the reader had been shown
 * before (reader-state.ts's `seenNewest`). Counted in the collection's own time, so a digest whose
 * stories are years old still shows what arrived since the reader last looked.
 */

/** True when there is a last visit and the collection has stories after it. */
export const hasNewSince = (seen: string | undefined, newest: string | undefined) =>
  seen !== undefined && newest !== undefined && newest > seen

/**
 * How many stories are newer than `seen`. The facet index's rows are newest first, so this is
 * the first row at or before it.
 */
export function countNewSince(index: FacetIndex, seen: string): number {
  const minute = Math.floor(Date.parse(seen) / 60_000)
  let lo = 0
  let hi = index.count
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (index.minutes[mid]! > minute) lo = mid + 1
    else hi = mid
  }
  return lo
}

/**
 * Where on a page, newest first, the stories seen before begin: the index of the first card not
 * newer than `seen`, when new ones come before it on this page, else undefined.
 */
export function seenFromIndex(dates: readonly string[], seen: string | undefined) {
  if (seen === undefined) return undefined
  const seenTime = Date.parse(seen)
  const at = dates.findIndex((d) => Date.parse(d) <= seenTime)
  return at > 0 ? at : undefined
}
