import { describe, expect, it } from 'vitest'
import { daysBetween, matchPreset, nearestRange, presetRange } from './date-range.ts'

const now = new Date('2026-11-23T10:00:00Z')

describe('presetRange', () => {
  it('gives inclusive day ranges ending today', () => {
    expect(presetRange('day', now)).toEqual({ from: '2026-11-22', to: '2026-11-23' })
    expect(presetRange('week', now)).toEqual({ from: '2026-11-17', to: '2026-11-23' })
    expect(presetRange('month', now)).toEqual({ from: '2026-10-25', to: '2026-11-23' })
    expect(presetRange('year', now)).toEqual({ from: '2026-01-01', to: '2026-11-23' })
  })

  it('recognises a preset range in the URL', () => {
    expect(matchPreset({ from: '2026-11-17', to: '2026-11-23' }, now)).toBe('week')
    expect(matchPreset({ from: '2026-11-16', to: '2026-11-23' }, now)).toBeUndefined()
  })
})

describe('nearestRange', () => {
  const newest = '2024-02-29T22:37:00.000Z'
  const oldest = '2013-07-04T16:36:00.000Z'
  it('moves a range after the corpus to end on its newest article', () => {
    expect(nearestRange({ from: '2026-11-17', to: '2026-11-23' }, newest, oldest)).toEqual({
      from: '2024-02-23',
      to: '2024-02-29',
    })
  })
  it('moves a range before the corpus to start on its oldest article', () => {
    expect(nearestRange({ from: '2010-01-01', to: '2010-01-31' }, newest, oldest)).toEqual({
      from: '2013-07-04',
      to: '2013-08-03',
    })
  })
  it('leaves a range that overlaps the corpus alone', () => {
    expect(nearestRange({ from: '2020-01-01', to: '2020-01-02' }, newest, oldest)).toBeUndefined()
  })
  it('counts days', () => {
    expect(daysBetween(newest, '2026-11-17')).toBe(992)
  })
})
