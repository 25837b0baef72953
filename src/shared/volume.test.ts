import { describe, expect, it } from 'vitest'
import { decodeFacetIndex, encodeFacetIndex, type FacetRow } from './facet-index.ts'
import {
  monthOf,
  monthSpan,
  monthStart,
  summarise,
  volumeByMonth,
  volumeByTopic,
} from './volume.ts'

const row = (date: string, provider: number, topics: number[]): FacetRow => ({
  date,
  provider,
  topics,
  published: true,
  hasImage: false,
})
// Newest first, as the index is.
const index = decodeFacetIndex(
  encodeFacetIndex([
    row('2024-03-31T23:59:00Z', 0, [0, 1]),
    row('2024-03-01T00:00:00Z', 1, [1]),
    row('2024-01-15T12:00:00Z', 0, [0]),
    row('2023-12-31T23:00:00Z', 1, [0]),
  ]).buffer as ArrayBuffer,
)

describe('volume by month', () => {
  it('numbers months in UTC, and back', () => {
    const m = monthOf(Date.parse('2024-03-31T23:59:00Z') / 60_000)
    expect(m).toBe(2024 * 12 + 2)
    expect(monthStart(m).toISOString()).toBe('2024-03-01T00:00:00.000Z')
  })

  it('spans the collection from its oldest month to its newest, empty months included', () => {
    expect(monthSpan(index)).toEqual({ from: 2023 * 12 + 11, to: 2024 * 12 + 2 })
    expect(volumeByMonth(index).counts).toEqual([1, 1, 0, 2])
  })

  it('counts one topic or one source over that same span', () => {
    expect(volumeByMonth(index, { topic: 0 }).counts).toEqual([1, 1, 0, 1])
    expect(volumeByMonth(index, { topic: 1 }).counts).toEqual([0, 0, 0, 2])
    expect(volumeByMonth(index, { provider: 1 }).counts).toEqual([1, 0, 0, 1])
    expect(volumeByMonth(index, { topic: 0, provider: 0 }).counts).toEqual([0, 1, 0, 1])
  })

  it('gives every topic its series in one pass, equal to one at a time', () => {
    const all = volumeByTopic(index, 2)
    expect(all[0]).toEqual(volumeByMonth(index, { topic: 0 }))
    expect(all[1]).toEqual(volumeByMonth(index, { topic: 1 }))
  })

  it('summarises the total and the busiest month (the latest of equals)', () => {
    expect(summarise(volumeByMonth(index))).toEqual({
      total: 4,
      peakMonth: 2024 * 12 + 2,
      peakCount: 2,
    })
    expect(summarise({ from: 5, counts: [] })).toEqual({ total: 0, peakMonth: 5, peakCount: 0 })
  })

  it('is empty for an empty collection', () => {
    const empty = decodeFacetIndex(encodeFacetIndex([]).buffer as ArrayBuffer)
    expect(monthSpan(empty)).toBeUndefined()
    expect(volumeByMonth(empty).counts).toEqual([])
  })
})
