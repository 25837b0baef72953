import { describe, expect, it } from 'vitest'
import { createSlugAllocator, slugify } from './slug.ts'

describe('slugify', () => {
  it.each([
    ['Computer Vision', 'computer-vision'],
    ['Café Société', 'cafe-societe'],
    ['  --AI & ML!--  ', 'ai-ml'],
    ['London’s shoplifting', 'london-s-shoplifting'],
    ['2023-07-29-Home Office', '2023-07-29-home-office'],
    ['日本語', ''],
  ])('%j → %j', (input, slug) => {
    expect(slugify(input)).toBe(slug)
  })
})

describe('createSlugAllocator', () => {
  it('suffixes later duplicates with -2, -3', () => {
    const allocate = createSlugAllocator()
    expect(['a', 'a', 'b', 'a', 'a-2'].map(allocate)).toEqual(['a', 'a-2', 'b', 'a-3', 'a-2-2'])
  })
})
