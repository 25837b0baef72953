import { describe, expect, it } from 'vitest'
import { isHot, signalRank, signalScale } from './signals.ts'

describe('signal scale', () => {
  const scale = signalScale(Array.from({ length: 100 }, (_, i) => i + 1))

  it('cuts the collection at every 5%, ignoring missing and negative scores', () => {
    expect(scale).toHaveLength(19)
    expect(scale[0]).toBe(6)
    expect(scale.at(-1)).toBe(96)
    expect(signalScale([undefined, -1, 3])).toEqual(Array(19).fill(3))
    expect(signalScale([])).toEqual([])
  })

  it('ranks a value by the cut points it passes', () => {
    expect(signalRank(1, scale)).toBe(0)
    expect(signalRank(50, scale)).toBe(45)
    expect(signalRank(100, scale)).toBe(95)
    expect(signalRank(undefined, scale)).toBeUndefined()
    expect(signalRank(-1, scale)).toBeUndefined()
    expect(signalRank(5, [])).toBeUndefined()
  })

  it('calls the top tenth hot', () => {
    expect(isHot(signalRank(95, scale))).toBe(true)
    expect(isHot(signalRank(90, scale))).toBe(false)
    expect(isHot(undefined)).toBe(false)
  })
})
