import { describe, expect, it } from 'vitest'
import { initials, MONOGRAM_COLOURS, monogramColour } from './monogram.ts'

describe('initials', () => {
  it.each([
    ['The Guardian', 'G'],
    ['The Financial Times', 'FT'],
    ['New Orleans City Business', 'NB'],
    ['bbc.co.uk', 'B'],
    ['Ars Technica', 'AT'],
    ['', '?'],
  ])('%j → %j', (name, out) => {
    expect(initials(name)).toBe(out)
  })
})

describe('monogramColour', () => {
  it('is stable per domain and taken from the palette', () => {
    expect(monogramColour('theguardian.com')).toBe(monogramColour('theguardian.com'))
    expect(MONOGRAM_COLOURS).toContain(monogramColour('ft.com'))
    const spread = new Set(
      ['a.com', 'b.com', 'c.com', 'd.com', 'e.com', 'f.com', 'g.com'].map(monogramColour),
    )
    expect(spread.size).toBeGreaterThan(3)
  })
})
