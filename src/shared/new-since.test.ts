import { describe, expect, it } from 'vitest'
import { decodeFacetIndex, encodeFacetIndex } from './facet-index.ts'
import { countNewSince, hasNewSince, seenFromIndex } from './new-since.ts'

const dates = [
  '2024-01-06T10:00:00Z',
  '2024-01-05T10:00:00Z',
  '2024-01-05T09:00:00Z',
  '2024-01-01T00:00:00Z',
]
const index = decodeFacetIndex(
  encodeFacetIndex(
    dates.map((date) => ({ date, provider: 0, topics: [], published: true, hasImage: false })),
  ).slice().buffer,
)

describe('new since the last visit', () => {
  it('needs a last visit older than the newest story', () => {
    expect(hasNewSince(undefined, dates[0])).toBe(false)
    expect(hasNewSince(dates[0], dates[0])).toBe(false)
    expect(hasNewSince(dates[1], dates[0])).toBe(true)
  })

  it('counts the stories after the last visit', () => {
    expect(countNewSince(index, '2024-01-05T09:00:00Z')).toBe(2)
    expect(countNewSince(index, '2024-01-07T00:00:00Z')).toBe(0)
    expect(countNewSince(index, '2023-01-01T00:00:00Z')).toBe(4)
  })

  it('puts the rule before the first story seen, when new ones are above it', () => {
    expect(seenFromIndex(dates, '2024-01-05T09:30:00Z')).toBe(2)
    // All seen, or all new: no rule.
    expect(seenFromIndex(dates, '2024-02-01T00:00:00Z')).toBeUndefined()
    expect(seenFromIndex(dates, '2020-01-01T00:00:00Z')).toBeUndefined()
    expect(seenFromIndex(dates, undefined)).toBeUndefined()
  })
})
