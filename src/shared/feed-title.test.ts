import { describe, expect, it } from 'vitest'
import { feedTitle } from './feed-title.ts'

const none = { topics: [], sources: [] }

describe('feedTitle', () => {
  it('names the view by its topics, sources and search', () => {
    expect(feedTitle(none)).toBe('Latest stories')
    expect(feedTitle({ ...none, topics: ['Computer Vision'] })).toBe('Computer Vision')
    expect(feedTitle({ ...none, topics: ['AI Ethics', 'Robotics'] })).toBe('AI Ethics or Robotics')
    expect(feedTitle({ ...none, sources: ['The Guardian'] })).toBe('The Guardian')
    expect(feedTitle({ topics: ['AI Ethics'], sources: ['The Guardian', 'BBC'] })).toBe(
      'AI Ethics from The Guardian or BBC',
    )
    expect(feedTitle({ ...none, search: 'facial recognition' })).toBe(
      '“facial recognition” — search',
    )
    expect(feedTitle({ ...none, search: '"facial recognition" police' })).toBe(
      '"facial recognition" police — search',
    )
    expect(feedTitle({ ...none, topics: ['Computer Vision'], search: 'clearview' })).toBe(
      '“clearview” in Computer Vision — search',
    )
  })

  it('starts from a topic or source page’s own subject', () => {
    expect(feedTitle({ ...none, baseTopic: 'Computer Vision' })).toBe('Computer Vision')
    expect(feedTitle({ ...none, baseTopic: 'Computer Vision', sources: ['Wired'] })).toBe(
      'Computer Vision from Wired',
    )
    expect(feedTitle({ ...none, baseTopic: 'Computer Vision', topics: ['Robotics'] })).toBe(
      'Computer Vision: Robotics',
    )
    expect(feedTitle({ ...none, baseSource: 'Wired' })).toBe('Wired')
    expect(feedTitle({ ...none, baseSource: 'Wired', topics: ['AI Ethics'] })).toBe(
      'AI Ethics from Wired',
    )
  })

  it('numbers later pages', () => {
    expect(feedTitle({ ...none, page: 3 })).toBe('Latest stories — page 3')
    expect(feedTitle({ ...none, topics: ['Robotics'], page: 1 })).toBe('Robotics')
  })
})
