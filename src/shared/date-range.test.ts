import { describe, expect, it } from 'vitest'
import {
  DATE_PRESETS,
  daysBetween,
  matchPreset,
  nearestRange,
  presetLabel,
  presetRange,
} from './date-range.ts'

// The newest story of the collection: presets count back from it, not from the wall clock.
const newest = '2024-02-29T18:30:00Z'

describe('presetRange', () => {
  it('gives inclusive day ranges ending on the newest story’s day', () => {
    expect(presetRange('day', newest)).toEqual({ from: '2024-02-28', to: '2024-02-29' })
    expect(presetRange('week', newest)).toEqual({ from: '2024-02-23', to: '2024-02-29' })
    expect(presetRange('month', newest)).toEqual({ from: '2024-01-31', to: '2024-02-29' })
    expect(presetRange('year', newest)).toEqual({ from: '2024-01-01', to: '2024-02-29' })
  })

  it('crosses a year boundary', () => {
    expect(presetRange('week', '2024-01-03T01:00:00Z')).toEqual({
      from: '2023-12-28',
      to: '2024-01-03',
    })
    expect(presetRange('year', '2024-01-03T01:00:00Z')).toEqual({
      from: '2024-01-01',
      to: '2024-01-03',
    })
  })

  it('names this year by the newest story’s year', () => {
    expect(presetLabel('year', newest)).toBe('2024 so far')
    expect(presetLabel('week', newest)).toBe('Last 7 days')
  })

  it('always holds the newest story', () => {
    for (const { id } of DATE_PRESETS) {
      const { from, to } = presetRange(id, newest)
      expect(from <= newest.slice(0, 10) && newest.slice(0, 10) <= to).toBe(true)
    }
  })

  it('recognises a preset range in the URL', () => {
    expect(matchPreset({ from: '2024-02-23', to: '2024-02-29' }, newest)).toBe('week')
    expect(matchPreset({ from: '2024-02-22', to: '2024-02-29' }, newest)).toBeUndefined()
    expect(matchPreset({ from: '2024-02-23', to: '2024-02-29' }, undefined)).toBeUndefined()
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
