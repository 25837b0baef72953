/*
 * Date presets of the feed, as inclusive UTC day ranges ending on the newest story's day:
 * "now" is the collection's newest story, never the wall clock (a digest folder may be years
 * old), so a preset always holds at least that story. The URL keeps the explicit days, so a
 * shared link means the same thing later.
 */
export const DATE_PRESETS = [
  { id: 'day', label: 'Last 24 hours', back: 1 },
  { id: 'week', label: 'Last 7 days', back: 6 },
  { id: 'month', label: 'Last 30 days', back: 29 },
  { id: 'year', label: 'This year', back: undefined },
] as const
export type DatePreset = (typeof DATE_PRESETS)[number]['id']

export interface DayRange {
  from?: string
  to?: string
}

const DAY_MS = 86_400_000
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10)

/** The preset's days, counted back from `newest` (the newest story's ISO date). */
export function presetRange(preset: DatePreset, newest: string): Required<DayRange> {
  const to = newest.slice(0, 10)
  const { back } = DATE_PRESETS.find((p) => p.id === preset)!
  if (back === undefined) return { from: `${to.slice(0, 4)}-01-01`, to }
  return { from: day(Date.parse(to) - back * DAY_MS), to }
}

/** A preset's label: "This year" is the newest story's year ("2024 so far"). */
export function presetLabel(preset: DatePreset, newest: string): string {
  if (preset === 'year') return `${newest.slice(0, 4)} so far`
  return DATE_PRESETS.find((p) => p.id === preset)!.label
}

/** Which preset a range is, if any. */
export function matchPreset(range: DayRange, newest: string | undefined): DatePreset | undefined {
  if (!newest) return undefined
  return DATE_PRESETS.find(({ id }) => {
    const r = presetRange(id, newest)
    return r.from === range.from && r.to === range.to
  })?.id
}

/**
 * The same length of time moved to the nearest part of the corpus: ending on the newest article
 * when the range lies after it, starting on the oldest when before. Undefined when the range
 * already overlaps the corpus (then something else filtered everything out).
 */
export function nearestRange(
  range: DayRange,
  newest: string,
  oldest: string,
): Required<DayRange> | undefined {
  const newestDay = newest.slice(0, 10)
  const oldestDay = oldest.slice(0, 10)
  const from = range.from ?? oldestDay
  const to = range.to ?? newestDay
  const length = Date.parse(to) - Date.parse(from)
  if (from > newestDay) return { from: day(Date.parse(newestDay) - length), to: newestDay }
  if (to < oldestDay) return { from: oldestDay, to: day(Date.parse(oldestDay) + length) }
  return undefined
}

/** Whole days from `a` to `b` (dates or ISO strings). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(b.slice(0, 10)) - Date.parse(a.slice(0, 10))) / DAY_MS)
}
