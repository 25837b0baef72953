import { expect, it } from 'vitest'
import { arrangeOptions, type FacetOption } from './facet-options.ts'

const opt = (label: string, count: number, checked = false): FacetOption => ({
  value: label.toLowerCase(),
  label,
  count,
  checked,
})

it('puts checked options first, then those with matches, then empty ones', () => {
  const options = [opt('AI', 9), opt('Vision', 0), opt('Ethics', 3, true), opt('Robots', 2)]
  expect(arrangeOptions(options, '').map((o) => o.label)).toEqual([
    'Ethics',
    'AI',
    'Robots',
    'Vision',
  ])
})

it('narrows to a typed filter, ignoring case and accents', () => {
  const options = [opt('Société Générale', 1), opt('AI', 2), opt('Social', 3)]
  expect(arrangeOptions(options, 'SOCIE').map((o) => o.label)).toEqual(['Société Générale'])
  expect(arrangeOptions(options, ' soci ').map((o) => o.label)).toEqual([
    'Social',
    'Société Générale',
  ])
})
