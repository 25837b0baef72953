import { describe, expect, it } from 'vitest'
import { clockTime, duration, fullDateTime, sameDay, shortDate, storyDate } from './format-date.ts'

// The newest story of the collection: every relative date counts back from it.
const anchor = '2024-03-10T12:00:00Z'
const en = { locale: 'en-US', timeZone: 'UTC' }

describe('storyDate', () => {
  it.each([
    ['2024-03-10T12:00:00Z', 'Latest'],
    ['2024-03-10T11:59:30Z', 'Latest'],
    ['2024-03-10T11:59:00Z', '1m ago'],
    ['2024-03-10T11:01:00Z', '59m ago'],
    ['2024-03-10T11:00:00Z', '1h ago'],
    ['2024-03-09T13:00:00Z', '23h ago'],
    ['2024-03-09T11:59:00Z', 'Yesterday'],
    ['2024-03-09T00:00:00Z', 'Yesterday'],
    ['2024-03-08T23:59:00Z', '2 days ago'],
    ['2024-03-04T00:00:00Z', '6 days ago'],
    ['2024-03-03T23:59:00Z', 'Mar 3'],
    ['2024-03-03T12:00:00Z', 'Mar 3'],
    ['2024-01-01T00:00:00Z', 'Jan 1'],
    ['2023-12-31T23:00:00Z', 'Dec 31, 2023'],
    ['2021-02-23T08:00:00Z', 'Feb 23, 2021'],
    ['2024-03-10T14:00:00Z', 'in 2h'],
  ])('%s → %s', (iso, text) => {
    expect(storyDate(iso, anchor, en)).toBe(text)
  })

  it('counts calendar days in the reader’s zone', () => {
    // 23:30 in Tokyo on the 9th is the 10th's 08:30 there: the same day as the anchor (21:00).
    const tokyo = { locale: 'en-US', timeZone: 'Asia/Tokyo' }
    expect(storyDate('2024-03-09T23:30:00Z', anchor, tokyo)).toBe('12h ago')
    expect(storyDate('2024-03-09T11:00:00Z', anchor, tokyo)).toBe('Yesterday')
    expect(storyDate('2024-03-09T14:00:00Z', anchor, en)).toBe('22h ago')
  })

  it('crosses a new year by the calendar, not by 365 days', () => {
    const newYear = '2024-01-02T09:00:00Z'
    expect(storyDate('2023-12-31T22:00:00Z', newYear, en)).toBe('2 days ago')
    expect(storyDate('2023-12-20T10:00:00Z', newYear, en)).toBe('Dec 20, 2023')
    expect(storyDate('2023-12-20T10:00:00Z', '2023-12-30T10:00:00Z', en)).toBe('Dec 20')
  })

  it('speaks the reader’s locale', () => {
    const de = { locale: 'de-DE', timeZone: 'UTC' }
    expect(storyDate('2024-03-10T07:00:00Z', anchor, de)).toBe('vor 5 Std.')
    expect(storyDate('2024-03-09T07:00:00Z', anchor, de)).toBe('Gestern')
    expect(storyDate('2024-03-07T07:00:00Z', anchor, de)).toBe('Vor 3 Tagen')
    expect(storyDate('2021-02-23T08:00:00Z', anchor, de)).toBe('23. Feb. 2021')
    expect(storyDate('2024-02-23T08:00:00Z', anchor, { locale: 'en-GB', timeZone: 'UTC' })).toBe(
      '23 Feb',
    )
  })

  it('accepts the anchor as a Date', () => {
    expect(storyDate('2024-03-10T07:00:00Z', new Date(anchor), en)).toBe('5h ago')
  })
})

describe('absolute dates', () => {
  it('formats in the given locale and zone', () => {
    expect(fullDateTime('2023-07-29T15:11:00Z', { locale: 'en-GB', timeZone: 'UTC' })).toBe(
      'Saturday, 29 July 2023 at 15:11',
    )
    expect(shortDate('2023-07-29T15:11:00Z', en)).toBe('Jul 29, 2023')
    expect(shortDate('2023-07-29T15:11:00Z', { ...en, withYear: false })).toBe('Jul 29')
    expect(clockTime('2023-07-29T15:11:00Z', en)).toBe('3:11 PM')
    expect(sameDay('2023-07-29T00:10:00Z', '2023-07-29T23:50:00Z', 'UTC')).toBe(true)
    expect(sameDay('2023-07-29T00:10:00Z', '2023-07-29T23:50:00Z', 'America/New_York')).toBe(false)
  })
})

describe('duration', () => {
  it('says hours under two days, days after', () => {
    expect(duration('2024-03-10T10:00:00Z', '2024-03-10T10:20:00Z', { locale: 'en' })).toBe(
      '1 hour',
    )
    expect(duration('2024-03-10T10:00:00Z', '2024-03-11T15:00:00Z', { locale: 'en' })).toBe(
      '29 hours',
    )
    expect(duration('2024-03-10T10:00:00Z', '2024-03-16T22:00:00Z', { locale: 'en' })).toBe(
      '7 days',
    )
  })
})
