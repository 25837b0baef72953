import { describe, expect, it } from 'vitest'
import type { ArticleDetail } from './data.ts'
import { STORIES_PER_FILE, storyFile, storyFileCount, storyIn } from './data-paths.ts'

describe('story files', () => {
  it('spreads slugs over about STORIES_PER_FILE to a file, always the same file for a slug', () => {
    expect(storyFileCount(0)).toBe(1)
    expect(storyFileCount(1)).toBe(1)
    expect(storyFileCount(50_000)).toBe(50_000 / STORIES_PER_FILE)
    const count = storyFileCount(8_000)
    const sizes = new Array<number>(count).fill(0)
    for (let i = 0; i < 8_000; i++) {
      const n = storyFile(`2024-01-01-story-${i}`, count)
      expect(n).toBe(storyFile(`2024-01-01-story-${i}`, count))
      sizes[n]!++
    }
    // As even as chance allows (a Poisson spread), though the slugs differ only at the end.
    const sd = Math.sqrt(sizes.reduce((sum, n) => sum + (n - STORIES_PER_FILE) ** 2, 0) / count)
    expect(sd).toBeLessThan(1.1 * Math.sqrt(STORIES_PER_FILE))
    expect(Math.max(...sizes)).toBeLessThan(3 * STORIES_PER_FILE)
  })

  it('finds only the slugs a file holds, never an Object.prototype property', () => {
    const detail = { slug: 'a' } as ArticleDetail
    const file = JSON.parse(JSON.stringify({ a: detail, constructor: detail })) as Record<
      string,
      ArticleDetail
    >
    expect(storyIn(file, 'a')).toEqual(detail)
    expect(storyIn(file, 'constructor')).toEqual(detail)
    expect(storyIn({ a: detail }, 'constructor')).toBeUndefined()
    expect(storyIn({ a: detail }, 'b')).toBeUndefined()
  })
})
