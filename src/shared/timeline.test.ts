import { expect, it } from 'vitest'
import type { RelatedStory } from './data.ts'
import { timelineDates } from './timeline.ts'

const story = (title: string, date?: string): RelatedStory => ({
  title,
  url: `https://example.com/${title}`,
  provider: { domain: 'example.com', name: 'Example' },
  ...(date && { date }),
})
const stories = [
  story('b', '2024-02-20T09:00:00Z'),
  story('undated'),
  story('a', '2024-02-20T17:30:00Z'),
  story('c', '2023-12-01T08:00:00Z'),
]
const options = { locale: 'en-US', timeZone: 'UTC', anchor: '2024-02-29T10:00:00Z' }

it('dates each story, with the time where two share a day, newest first by default', () => {
  expect(timelineDates(stories, options).map((d) => [d.story.title, d.label])).toEqual([
    ['a', 'Feb 20, 5:30 PM'],
    ['b', 'Feb 20, 9:00 AM'],
    ['c', 'Dec 1, 2023'],
    ['undated', undefined],
  ])
})

it('turns the order round on request, undated stories still last', () => {
  expect(
    timelineDates(stories, { ...options, earliestFirst: true }).map((d) => d.story.title),
  ).toEqual(['c', 'b', 'a', 'undated'])
})
