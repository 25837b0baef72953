import type { FacetIndex } from './facet-index.ts'

/*
 * Story volume over time, for the charts of topic, source and topics pages: counts per calendar
 * month (UTC) across the whole collection's span, computed from the facet index the feed loads
 * anyway. Pure: the chart components only draw these.
 */

/** A month as a number: year * 12 + month (0-based), UTC. */
export const monthOf = (minute: number) => {
  const d = new Date(minute * 60_000)
  return d.getUTCFullYear() * 12 + d.getUTCMonth()
}

/** The first day of a month number, as a Date (UTC). */
export const monthStart = (month: number) =>
  new Date(Date.UTC(Math.floor(month / 12), month % 12, 1))

const monthName = new Intl.DateTimeFormat(undefined, {
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
})

/** "Feb 2024", in the reader's language. */
export const formatMonth = (month: number) => monthName.format(monthStart(month))

export interface Volume {
  /** The first month of the series (a month number). */
  from: number
  /** Stories per month, from `from` on, one entry per month to the collection's newest. */
  counts: number[]
}

/** What to count: a topic's stories, a source's, or (neither) all. */
export interface VolumeOf {
  topic?: number
  provider?: number
}

/** The collection's span in months: from its oldest story's month to its newest's. */
export function monthSpan(index: FacetIndex): { from: number; to: number } | undefined {
  if (index.count === 0) return undefined
  let min = Infinity
  let max = -Infinity
  for (let i = 0; i < index.count; i++) {
    const m = index.minutes[i]!
    if (m < min) min = m
    if (m > max) max = m
  }
  return { from: monthOf(min), to: monthOf(max) }
}

/** Stories per month of one topic, one source, or all, over the whole collection's span. */
export function volumeByMonth(index: FacetIndex, of: VolumeOf = {}): Volume {
  const span = monthSpan(index)
  if (!span) return { from: 0, counts: [] }
  const counts = new Array<number>(span.to - span.from + 1).fill(0)
  for (let i = 0; i < index.count; i++) {
    if (of.provider !== undefined && index.provider[i] !== of.provider) continue
    if (of.topic !== undefined && !hasTopic(index, i, of.topic)) continue
    counts[monthOf(index.minutes[i]!) - span.from]!++
  }
  return { from: span.from, counts }
}

/** Every topic's stories per month at once (for the topics index's sparklines): one pass. */
export function volumeByTopic(index: FacetIndex, topicCount: number): Volume[] {
  const span = monthSpan(index)
  if (!span) return Array.from({ length: topicCount }, () => ({ from: 0, counts: [] }))
  const months = span.to - span.from + 1
  const series = Array.from({ length: topicCount }, () => new Array<number>(months).fill(0))
  for (let i = 0; i < index.count; i++) {
    const m = monthOf(index.minutes[i]!) - span.from
    for (let k = index.topicStart[i]!; k < index.topicStart[i + 1]!; k++) {
      series[index.topicIds[k]!]![m]!++
    }
  }
  return series.map((counts) => ({ from: span.from, counts }))
}

function hasTopic(index: FacetIndex, row: number, topic: number) {
  for (let k = index.topicStart[row]!; k < index.topicStart[row + 1]!; k++) {
    if (index.topicIds[k] === topic) return true
  }
  return false
}

/** The busiest month (the latest of equals), and the total. */
export function summarise({ from, counts }: Volume) {
  let peak = 0
  let total = 0
  counts.forEach((n, i) => {
    total += n
    if (n >= counts[peak]!) peak = i
  })
  return { total, peakMonth: from + peak, peakCount: counts[peak] ?? 0 }
}
