import { describe, expect, it } from 'vitest'
import { clusterStories, titleSimilarity, titleWords, type ClusterStory } from './clusters.ts'

/** Newest first, as clustering expects; `hours` back from a fixed time. */
function stories(items: { title: string; hours: number; urls?: string[]; related?: string[] }[]) {
  const base = Date.parse('2024-03-10T12:00:00Z')
  return items.map((s, id): ClusterStory => ({
    id,
    date: new Date(base - s.hours * 3_600_000).toISOString(),
    title: s.title,
    urls: s.urls ?? [`https://site${id}.example/story-${id}`],
    related: (s.related ?? []).map((url) => [url]),
  }))
}

/** Filler headlines that make up a collection, so the words' weights are realistic. */
const filler = (from: number) =>
  [
    'Artificial intelligence helps farmers predict harvests',
    'Artificial intelligence in the classroom: what teachers think',
    'Robot vacuum maker adds artificial intelligence to its range',
    'Opinion: artificial intelligence needs rules now',
    'How banks use artificial intelligence against fraud',
    'Artificial intelligence stocks to watch this year',
  ].map((title, i) => ({ title, hours: from + i * 200 }))

describe('titleWords', () => {
  it('keeps the words that tell a headline apart, once each', () => {
    expect(titleWords("Google's AI Beats Humans at Stratego, and 3 Games More")).toEqual([
      'google',
      'ai',
      'beat',
      'human',
      'stratego',
      'game',
    ])
    expect(titleWords('Élan café’s menu')).toEqual(['elan', 'cafe', 'menu'])
  })
})

describe('titleSimilarity', () => {
  it('weighs rare words over the words every headline has', () => {
    const sim = titleSimilarity(
      [
        'ICMR releases first ethical guidelines for AI in healthcare',
        'Artificial Intelligence In Indian Healthcare System: ICMR Releases First Ethical Guidelines',
        'Artificial intelligence in farming',
        'Artificial intelligence in banking',
        'Artificial intelligence in schools',
      ].map(titleWords),
    )
    expect(sim.similarity(0, 1)).toBeGreaterThan(0.6)
    expect(sim.similarity(2, 3)).toBeLessThan(0.4)
    expect(sim.similarity(0, 0)).toBeCloseTo(1)
  })
})

describe('clusterStories', () => {
  it('joins near-identical headlines published within four days, and only those', () => {
    const c = clusterStories(
      stories([
        { title: 'Intel expands college AI training programme to 11 US states', hours: 0 },
        {
          title: "Intel's AI degree program expands to 18 community colleges in 11 states",
          hours: 5,
        },
        { title: 'Intel expands college AI training programme to 11 US states', hours: 24 * 5 },
        ...filler(24 * 10),
      ]),
    )
    expect(c[0]).toBe(0)
    expect(c[1]).toBe(0)
    // The same headline five days later is another story.
    expect(c[2]).toBe(2)
    expect(new Set(c).size).toBe(c.length - 1)
  })

  it('joins a related link only when the headlines agree too', () => {
    const c = clusterStories(
      stories([
        {
          title: 'Amazon Releases SageMaker Studio IDE for Machine Learning',
          hours: 0,
          related: ['https://www.forbes.com/amazon-tool/?utm_source=feed'],
        },
        {
          title: 'Amazon Releases A New Tool To Improve Machine Learning Processes',
          // Further apart than headlines alone may be: only the link joins them.
          hours: 24 * 5,
          urls: ['https://forbes.com/amazon-tool'],
        },
        {
          title: 'AI Accelerator Card Offers Face, Object Recognition Applications',
          hours: 24 * 5 + 1,
          related: ['https://amp.theroot.com/face-recognition-mugshots'],
        },
        {
          title: 'Amazon’s Face Recognition Matched Members of Congress With Mugshots',
          hours: 24 * 5 + 2,
          urls: ['https://theroot.com/face-recognition-mugshots/'],
        },
        ...filler(24 * 10),
      ]),
    )
    // Linked through a canonical URL (www., a trailing slash and utm_ dropped) and alike.
    expect(c[1]).toBe(0)
    // Linked through an AMP host, but a different story.
    expect(c[2]).toBe(2)
    expect(c[3]).toBe(3)
  })

  it('does not join on a link alone across a long gap', () => {
    const c = clusterStories(
      stories([
        {
          title: 'Intel expands college AI training programme',
          hours: 0,
          related: ['https://b.example/x'],
        },
        {
          title: 'Intel expands college AI training programme',
          hours: 24 * 30,
          urls: ['https://b.example/x'],
        },
        ...filler(24 * 40),
      ]),
    )
    expect(c[1]).toBe(1)
  })

  it('chains: a cluster is everything reachable, named by its newest article', () => {
    const c = clusterStories(
      stories([
        {
          title: 'Facebook says group used AI-generated faces to push pro-Trump messages',
          hours: 0,
        },
        { title: 'Facebook removes fake pro-Trump accounts using AI-generated faces', hours: 20 },
        {
          title: 'Facebook, Twitter remove AI-powered fake accounts with pro-Trump messages',
          hours: 40,
        },
        ...filler(24 * 10),
      ]),
    )
    expect(Array.from(c.subarray(0, 3))).toEqual([0, 0, 0])
  })

  it('never lets a chain of alike headlines span more than two weeks', () => {
    // The same release every three days for a month: each joins the next, up to 14 days.
    const c = clusterStories(
      stories([
        ...[0, 3, 6, 9, 12, 15, 18, 21, 24, 27].map((day) => ({
          title: 'Global machine translation market to grow at a CAGR of 19%',
          hours: day * 24,
        })),
        ...filler(24 * 40),
      ]),
    )
    const spans = new Map<number, number[]>()
    Array.from(c.subarray(0, 10)).forEach((root, i) =>
      spans.set(root, [...(spans.get(root) ?? []), i * 3]),
    )
    for (const days of spans.values())
      expect(Math.max(...days) - Math.min(...days)).toBeLessThanOrEqual(14)
    expect(spans.size).toBeGreaterThan(1)
  })

  it('never matches short headlines on their title alone', () => {
    const c = clusterStories(
      stories([
        { title: 'Newsletter', hours: 0 },
        { title: 'Newsletter', hours: 1 },
      ]),
    )
    expect(Array.from(c)).toEqual([0, 1])
  })
})
