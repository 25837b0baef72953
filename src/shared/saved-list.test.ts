import { describe, expect, it } from 'vitest'
import type { SavedStory } from './reader-state.ts'
import { filterSaved, parseSavedParams, savedSources, serializeSavedParams } from './saved-list.ts'

const story = (slug: string, title: string, source: string, date: string): SavedStory => ({
  slug,
  title,
  source,
  date,
  savedAt: '2024-02-01T00:00:00Z',
})
const saved = [
  story('a', 'Robots fold laundry', 'a.example', '2024-01-02T00:00:00Z'),
  story('b', 'Robots and the café economy', 'b.example', '2024-01-05T00:00:00Z'),
  story('c', 'Chips shortage', 'a.example', '2024-01-03T00:00:00Z'),
]

describe('saved stories page filters', () => {
  it('reads and writes its URL, dropping defaults', () => {
    const f = parseSavedParams(new URLSearchParams('q=robots&source=A.example&sort=newest'))
    expect(f).toEqual({ q: 'robots', source: 'a.example', sort: 'newest' })
    expect(serializeSavedParams(f).toString()).toBe('q=robots&source=a.example&sort=newest')
    expect(serializeSavedParams(parseSavedParams(new URLSearchParams('sort=x'))).toString()).toBe(
      '',
    )
  })

  it('keeps the stories whose title has every word (accents folded), of the source', () => {
    expect(filterSaved(saved, { q: 'robots', sort: 'saved' }).map((s) => s.slug)).toEqual([
      'a',
      'b',
    ])
    expect(filterSaved(saved, { q: 'cafe', sort: 'saved' }).map((s) => s.slug)).toEqual(['b'])
    expect(
      filterSaved(saved, { q: '', source: 'a.example', sort: 'newest' }).map((s) => s.slug),
    ).toEqual(['c', 'a'])
  })

  it('lists the sources, most saved first', () => {
    expect(savedSources(saved)).toEqual([
      { source: 'a.example', count: 2 },
      { source: 'b.example', count: 1 },
    ])
  })
})
