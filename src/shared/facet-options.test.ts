import { describe, expect, it } from 'vitest'
import {
  arrangeOptions,
  pinChosen,
  pinnedValues,
  VISIBLE_OPTIONS,
  visibleOptions,
  type FacetOption,
} from './facet-options.ts'

const opt = (label: string, count: number, checked = false): FacetOption => ({
  value: label.toLowerCase(),
  label,
  count,
  checked,
})
const labels = (options: FacetOption[]) => options.map((o) => o.label)

describe('arrangeOptions', () => {
  it('keeps the collection’s order whatever is ticked or counted', () => {
    const options = [opt('AI', 9), opt('Vision', 0), opt('Ethics', 3, true), opt('Robots', 2)]
    expect(labels(arrangeOptions(options, ''))).toEqual(['AI', 'Vision', 'Ethics', 'Robots'])
  })

  it('narrows to a typed filter, ignoring case and accents', () => {
    const options = [opt('Société Générale', 1), opt('AI', 2), opt('Social', 3)]
    expect(labels(arrangeOptions(options, 'SOCIE'))).toEqual(['Société Générale'])
    expect(labels(arrangeOptions(options, ' soci '))).toEqual(['Société Générale', 'Social'])
  })
})

describe('visibleOptions', () => {
  const many = Array.from({ length: 12 }, (_, i) => opt(`T${i}`, 12 - i, i === 10))

  it('shows the first few and what was chosen when the list opened', () => {
    const pinned = pinnedValues(many)
    expect(pinned).toEqual(['t10'])
    const shown = visibleOptions(many, { filter: '', expanded: false, pinned })
    expect(shown).toHaveLength(VISIBLE_OPTIONS + 1)
    expect(shown.at(-1)!.label).toBe('T10')
  })

  it('keeps an unticked pinned row until the list is opened again', () => {
    const unticked = many.map((o) => ({ ...o, checked: false }))
    const shown = visibleOptions(unticked, { filter: '', expanded: false, pinned: ['t10'] })
    expect(labels(shown)).toContain('T10')
    expect(pinnedValues(unticked)).toEqual([])
  })

  it('shows every match while filtering or expanded', () => {
    expect(visibleOptions(many, { filter: '', expanded: true, pinned: [] })).toHaveLength(12)
    expect(labels(visibleOptions(many, { filter: 't1', expanded: false, pinned: [] }))).toEqual([
      'T1',
      'T10',
      'T11',
    ])
  })
})

describe('pinChosen', () => {
  const many = Array.from({ length: 12 }, (_, i) => opt(`T${i}`, 12 - i))

  it('adds a row chosen from outside the list, after the ones already pinned', () => {
    const chosen = many.map((o, i) => ({ ...o, checked: i === 9 || i === 11 }))
    expect(pinChosen(['t11'], chosen)).toEqual(['t11', 't9'])
  })

  it('returns the same array when nothing is missing, so a render can compare it', () => {
    const pinned = ['t10']
    expect(pinChosen(pinned, many)).toBe(pinned)
    // A top row needs no pin; an unticked pinned row stays.
    expect(
      pinChosen(
        pinned,
        many.map((o, i) => ({ ...o, checked: i === 0 })),
      ),
    ).toBe(pinned)
  })

  it('pins an excluded row too', () => {
    const excluded = many.map((o, i) => ({ ...o, excluded: i === 10 }))
    expect(pinChosen([], excluded)).toEqual(['t10'])
  })
})
