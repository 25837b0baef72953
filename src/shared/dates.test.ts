import { describe, expect, it } from 'vitest'
import { toIsoDate } from './dates.ts'

describe('toIsoDate', () => {
  it.each([
    [new Date('2023-07-29T15:11:00Z'), '2023-07-29T15:11:00.000Z'],
    ['2023-07-29T15:11:00Z', '2023-07-29T15:11:00.000Z'],
    ['2023-07-29', '2023-07-29T00:00:00.000Z'],
    ['2023-07-29 15:11', '2023-07-29T15:11:00.000Z'],
    ['2023-07-29T17:11:00+02:00', '2023-07-29T15:11:00.000Z'],
    ['2023-07-29T17:11:00+0200', '2023-07-29T15:11:00.000Z'],
    ['Sat, 29 Jul 2023 15:11:00 GMT', '2023-07-29T15:11:00.000Z'],
  ])('%j → %s', (input, iso) => {
    expect(toIsoDate(input)).toBe(iso)
  })

  it.each([
    ['yesterday'],
    ['2023-02-30'],
    ['2023-13-01'],
    ['July 29 2023'],
    [42],
    [null],
    [new Date('x')],
  ])('rejects %j', (input) => {
    expect(toIsoDate(input)).toBeUndefined()
  })
})
