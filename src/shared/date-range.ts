/** Date presets of the feed, as inclusive UTC day ranges ending today. */
export const DATE_PRESETS = [
  { id: 'day', label: 'Last 24 hours' },
  { id: 'week', label: 'Last 7 days' },
  { id: 'month', label: 'Last 30 days' },
  { id: 'year', label: 'This year' },
] as const
export type DatePreset = (typeof DATE_PRESETS)[number]['id']

export interface DayRange {
  from?: string
  to?: string
}

const DAY_MS = 86_400_000
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10)

export function presetRange(preset: DatePreset, now: Date = new Date()): Required<DayRange> {
  const today = day(now.getTime())
  const back = { day: 1, week: 6, month: 29 } as const
  if (preset === 'year') return { from: `${today.slice(0, 4)}-01-01`, to: today }
  return { from: day(now.getTime() - back[preset] * DAY_MS), to: today }
}

/** Which preset a range is, if any. */
export function matchPreset(range: DayRange, now: Date = new Date()): DatePreset | undefined {
  return DATE_PRESETS.find(({ id }) => {
    const r = presetRange(id, now)
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
