import { describe, expect, it } from 'vitest'
import {
  decodeFacetIndex,
  encodeFacetIndex,
  FLAG_IMAGE,
  FLAG_PUBLISHED,
  NO_VALUE,
} from './facet-index.ts'

describe('facet index codec', () => {
  it('round-trips rows through the binary format', () => {
    const rows = [
      {
        date: '2024-01-02T03:04:00Z',
        provider: 3,
        topics: [0, 2],
        quality: 58,
        heat: 78,
        published: true,
        hasImage: true,
      },
      { date: '2023-01-01T00:00:00Z', provider: 0, topics: [], published: false, hasImage: false },
      {
        date: '2022-06-30T12:00:00Z',
        provider: 65535,
        topics: [7],
        quality: 99999,
        heat: -1,
        published: false,
        hasImage: true,
      },
    ]
    const bytes = encodeFacetIndex(rows)
    const index = decodeFacetIndex(bytes.slice().buffer)
    expect(index.count).toBe(3)
    expect(Array.from(index.minutes)).toEqual(rows.map((r) => Date.parse(r.date) / 60_000))
    expect(Array.from(index.provider)).toEqual([3, 0, 65535])
    expect(Array.from(index.quality)).toEqual([58, NO_VALUE, 32767])
    expect(Array.from(index.heat)).toEqual([78, NO_VALUE, -1])
    expect(Array.from(index.flags)).toEqual([FLAG_PUBLISHED | FLAG_IMAGE, 0, FLAG_IMAGE])
    expect(Array.from(index.topicStart)).toEqual([0, 2, 2, 3])
    expect(Array.from(index.topicIds)).toEqual([0, 2, 7])
  })

  it('rejects a file of another format', () => {
    expect(() => decodeFacetIndex(new ArrayBuffer(16))).toThrow(/unknown format/)
    expect(() => decodeFacetIndex(new ArrayBuffer(3))).toThrow(/truncated/)
  })
})
