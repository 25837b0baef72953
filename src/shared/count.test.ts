import { describe, expect, it } from 'vitest'
import { countArticles, countStories } from './count.ts'

describe('counts', () => {
  it('says article or story in the singular and the plural', () => {
    expect(countArticles(1, 'en')).toBe('1 article')
    expect(countArticles(12800, 'en')).toBe('12,800 articles')
    expect(countStories(1, 'en')).toBe('1 story')
    expect(countStories(27, 'en')).toBe('27 stories')
  })
})
