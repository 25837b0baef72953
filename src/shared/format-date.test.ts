import { describe, expect, it } from 'vitest'
import { absoluteDateTime, countArticles, relativeTime } from './format-date.ts'

const now = new Date('2024-03-10T12:00:00Z')

describe('relativeTime', () => {
  it.each([
    ['2024-03-10T11:59:30Z', 'now'],
    ['2024-03-10T09:00:00Z', '3 hours ago'],
    ['2024-03-07T12:00:00Z', '3 days ago'],
    ['2024-03-09T12:00:00Z', 'yesterday'],
    ['2024-01-09T12:00:00Z', '2 months ago'],
    ['2021-03-10T12:00:00Z', '3 years ago'],
    ['2024-03-10T14:00:00Z', 'in 2 hours'],
  ])('%s → %s', (iso, text) => {
    expect(relativeTime(iso, now, 'en')).toBe(text)
  })
})

describe('absoluteDateTime and countArticles', () => {
  it('formats in the given locale and zone', () => {
    expect(absoluteDateTime('2023-07-29T15:11:00Z', 'en-GB', 'UTC')).toBe('29 July 2023 at 15:11')
    expect(countArticles(1, 'en')).toBe('1 article')
    expect(countArticles(12800, 'en')).toBe('12,800 articles')
  })
})
