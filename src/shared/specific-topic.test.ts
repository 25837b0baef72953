import { expect, it } from 'vitest'
import { mostSpecificTopic } from './specific-topic.ts'

const facets = {
  topics: [
    { id: 0, slug: 'ai', name: 'AI', count: 242, topProviders: [] },
    { id: 1, slug: 'computer-vision', name: 'Computer Vision', count: 31, topProviders: [] },
    { id: 2, slug: 'ai-ethics', name: 'AI Ethics', count: 22, topProviders: [] },
    { id: 3, slug: 'robotics', name: 'Robotics', count: 22, topProviders: [] },
  ],
}
const t = (slug: string) => ({ slug, name: slug })

it('picks the topic with the fewest stories, the first listed on a tie', () => {
  expect(mostSpecificTopic([t('ai'), t('computer-vision')], facets)?.slug).toBe('computer-vision')
  expect(mostSpecificTopic([t('ai'), t('robotics'), t('ai-ethics')], facets)?.slug).toBe('robotics')
  expect(mostSpecificTopic([t('ai')], facets)?.slug).toBe('ai')
  expect(mostSpecificTopic([], facets)).toBeUndefined()
})
