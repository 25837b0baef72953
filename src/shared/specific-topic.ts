import type { Facets, TopicRef } from './data.ts'

/**
 * A story's most specific topic: the one with the fewest stories in the collection ("Computer
 * Vision" rather than "AI", which every story of an AI digest has); ties go to the first listed.
 */
export function mostSpecificTopic<T extends TopicRef>(
  topics: readonly T[],
  facets: Pick<Facets, 'topics'>,
): T | undefined {
  const counts = new Map(facets.topics.map((t) => [t.slug, t.count]))
  let best: T | undefined
  for (const topic of topics) {
    const count = counts.get(topic.slug) ?? Infinity
    if (!best || count < (counts.get(best.slug) ?? Infinity)) best = topic
  }
  return best
}
