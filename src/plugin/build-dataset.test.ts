import { describe, expect, it } from 'vitest'
import type { SourceArticle } from '../shared/normalise-article.ts'
import { buildDataset, buildPatchableDataset, type ValidFile } from './build-dataset.ts'

const article = (
  fields: Partial<SourceArticle> & { url: string; date: string },
): SourceArticle => ({
  title: 'A story',
  excerpt: '',
  published: true,
  provider: { domain: 'x.com', name: 'X' },
  topics: ['AI'],
  images: [],
  related: [],
  ...fields,
})
const file = (name: string, fields: Partial<SourceArticle> & { url: string; date: string }) => ({
  file: name,
  article: article(fields),
})
const related = (url: string, provider: SourceArticle['provider']) => ({
  title: 'Elsewhere',
  url,
  provider,
})

/**
 * Moves one file's date with `patch`; whatever it gives (a dataset, or undefined for "run the
 * whole pass") must leave the dataset equal to the whole pass over the edited files.
 */
function move(files: ValidFile[], name: string, date: string) {
  const { patch } = buildPatchableDataset(files)
  const at = files.findIndex((f) => f.file === name)
  const edited = { file: name, article: { ...files[at]!.article, date } }
  const patched = patch(files[at]!.article, edited)
  const whole = buildDataset(files.map((f, i) => (i === at ? edited : f)))
  if (patched) expect(patched).toEqual(whole)
  return patched !== undefined
}

const y = (year: number) => `${year}-01-01T00:00:00.000Z`

describe('patching a new date into the dataset', () => {
  const four = () => [
    file('a.md', { url: 'https://o/a', date: y(2024) }),
    file('b.md', { url: 'https://o/b', date: y(2023) }),
    file('c.md', { url: 'https://o/c', date: y(2022) }),
    file('d.md', { url: 'https://o/d', date: y(2022) }),
  ]

  it('moves the article where the whole pass puts it: up, down, in place, onto a tie', () => {
    expect(move(four(), 'd.md', y(2030))).toBe(true)
    expect(move(four(), 'a.md', y(2000))).toBe(true)
    expect(move(four(), 'b.md', '2023-06-01T00:00:00.000Z')).toBe(true)
    expect(move(four(), 'c.md', y(2024))).toBe(true)
    expect(move(four(), 'a.md', y(2022))).toBe(true)
  })

  // Ties in what the indexes take from the newest file: a move that changes one is not patched.
  it('leaves to the whole pass a move that changes a borrowed logo or a tied spelling', () => {
    const logo = (l?: string) => ({ domain: 'x.com', name: 'X', ...(l && { logo: l }) })
    expect(
      move(
        [
          file('a.md', { url: 'https://o/a', date: y(2024), provider: logo('L1') }),
          file('b.md', { url: 'https://o/b', date: y(2023), provider: logo('L2') }),
          file('c.md', { url: 'https://o/c', date: y(2022), provider: logo() }),
        ],
        'a.md',
        y(2021),
      ),
    ).toBe(false)
    // Two files, the newer first; moving it below the other swaps which one is seen first.
    const pair = (newer: Partial<SourceArticle>, older: Partial<SourceArticle>) => [
      file('a.md', { url: 'https://o/a', date: y(2024), ...newer }),
      file('b.md', { url: 'https://o/b', date: y(2023), ...older }),
    ]
    const named = (domain: string, name: string) => ({ provider: { domain, name } })
    for (const files of [
      pair(named('x.com', 'The X'), named('x.com', 'X')),
      pair({ topics: ['Machine learning'] }, { topics: ['Machine Learning'] }),
      pair(named('bbc.com', 'BBC'), named('bbc.co.uk', 'BBC')),
    ]) {
      expect(move(files, 'a.md', y(2021))).toBe(false)
    }
    const z = (n: number, l?: string) =>
      related(`https://z/${n}`, { domain: 'z.com', name: 'Z', ...(l && { logo: l }) })
    expect(
      move(
        [
          file('a.md', { url: 'https://o/a', date: y(2024), related: [z(1, 'Z1')] }),
          file('b.md', { url: 'https://o/b', date: y(2023), related: [z(2, 'Z2'), z(3)] }),
        ],
        'a.md',
        y(2021),
      ),
    ).toBe(false)
  })

  it('leaves to the whole pass a move that changes which story a shared web URL links to', () => {
    const linking = file('c.md', {
      url: 'https://o/c',
      date: y(2022),
      related: [related('https://msn/x', { domain: 'msn.com', name: 'MSN' })],
    })
    expect(
      move(
        [
          file('a.md', { url: 'https://o/a', webUrl: 'https://msn/x', date: y(2024) }),
          file('b.md', { url: 'https://o/b', webUrl: 'https://msn/x', date: y(2023) }),
          linking,
        ],
        'a.md',
        y(2021),
      ),
    ).toBe(false)
  })

  it('leaves to the whole pass a merged URL, where the date picks the file that wins', () => {
    expect(
      move(
        [
          file('a.md', { url: 'https://o/same', date: y(2024) }),
          file('b.md', { url: 'https://o/same', date: y(2023) }),
        ],
        'a.md',
        y(2021),
      ),
    ).toBe(false)
  })
})
