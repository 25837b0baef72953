import { describe, expect, it } from 'vitest'
import { personalCacheKey, readKey } from './feed-personal.ts'
import type { Facets } from './data.ts'
import { decodeFacetIndex, encodeFacetIndex, type FacetRow } from './facet-index.ts'
import { emptyFilters } from './feed-params.ts'
import {
  isWholeCorpus,
  pageSlice,
  resolveFeedQuery,
  runFeedQuery,
  wholeCorpusResult,
  type FeedQuery,
} from './feed-query.ts'

// Topics: 0 ai, 1 vision, 2 ethics. Providers: 0 guardian, 1 ft, 2 bbc. Ids are newest first.
const rows: FacetRow[] = [
  {
    date: '2024-01-06T00:00:00Z',
    provider: 0,
    topics: [0, 1],
    heat: 10,
    quality: 5,
    published: true,
    hasImage: true,
  },
  {
    date: '2024-01-05T00:00:00Z',
    provider: 1,
    topics: [0],
    heat: 50,
    published: false,
    hasImage: false,
  },
  {
    date: '2024-01-04T00:00:00Z',
    provider: 0,
    topics: [0, 2],
    heat: 30,
    quality: 90,
    published: true,
    hasImage: false,
  },
  {
    date: '2024-01-03T00:00:00Z',
    provider: 2,
    topics: [1],
    quality: 40,
    published: false,
    hasImage: true,
  },
  {
    date: '2024-01-02T00:00:00Z',
    provider: 1,
    topics: [0, 1, 2],
    heat: 50,
    quality: 1,
    published: true,
    hasImage: true,
  },
]
const index = decodeFacetIndex(encodeFacetIndex(rows).slice().buffer)
const facets = {
  articleCount: 5,
  shardSize: 48,
  shardCount: 1,
  topics: [
    { id: 0, slug: 'ai', name: 'AI', count: 4, topProviders: [] },
    { id: 1, slug: 'vision', name: 'Vision', count: 3, topProviders: [] },
    { id: 2, slug: 'ethics', name: 'Ethics', count: 2, topProviders: [] },
  ],
  providers: [
    { id: 0, domain: 'theguardian.com', name: 'The Guardian', count: 2, topTopics: [] },
    { id: 1, domain: 'ft.com', name: 'FT', count: 2, topTopics: [] },
    { id: 2, domain: 'bbc.co.uk', name: 'BBC', count: 1, topTopics: [] },
  ],
  heatScale: [],
  qualityScale: [],
} satisfies Facets

const base: FeedQuery = {
  topics: [],
  providers: [],
  excludeTopics: [],
  excludeProviders: [],
  publishedOnly: false,
  sort: 'newest',
  cluster: false,
}

const run = (q: Partial<FeedQuery>) => {
  const r = runFeedQuery(index, facets, { ...base, ...q })
  return {
    ids: Array.from(r.ids),
    topics: Array.from(r.topicCounts),
    providers: Array.from(r.providerCounts),
  }
}

describe('runFeedQuery', () => {
  it('matches everything without filters, with the corpus counts', () => {
    expect(run({})).toEqual({ ids: [0, 1, 2, 3, 4], topics: [4, 3, 2], providers: [2, 2, 1] })
    expect(run({})).toEqual({
      ids: Array.from(wholeCorpusResult(facets, false).ids),
      topics: Array.from(wholeCorpusResult(facets, false).topicCounts),
      providers: Array.from(wholeCorpusResult(facets, false).providerCounts),
    })
  })

  it('shows one id per story cluster when asked: the first of its matches in the order', () => {
    // Clusters {0, 3} and {1, 4}, each named by its newest article.
    const clustered = decodeFacetIndex(
      encodeFacetIndex(rows.map((r, i) => ({ ...r, cluster: [0, 1, 2, 0, 1][i] }))).slice().buffer,
    )
    const ask = (q: Partial<FeedQuery>) => {
      const r = runFeedQuery(clustered, facets, { ...base, cluster: true, ...q })
      return { ids: Array.from(r.ids), articles: r.articles }
    }
    expect(ask({})).toEqual({ ids: [0, 1, 2], articles: 5 })
    expect(ask({ sort: 'heat' })).toEqual({ ids: [1, 2, 0], articles: 5 })
    // An older article stands for its cluster where the newer one does not match.
    expect(ask({ topics: [1] })).toEqual({ ids: [0, 4], articles: 3 })
    expect(ask({ topics: [1], providers: [2] })).toEqual({ ids: [3], articles: undefined })
    // Hiding read stories hides a read story's whole cluster, not just the article read.
    const read = [readKey(clustered.minutes[3]!, clustered.provider[3]!)]
    expect(ask({ hideRead: read })).toEqual({ ids: [1, 2], articles: 3 })
    expect(Array.from(runFeedQuery(clustered, facets, { ...base, hideRead: read }).ids)).toEqual([
      0, 1, 2, 4,
    ])
    // Counts are of articles, whatever is collapsed.
    expect(
      Array.from(runFeedQuery(clustered, facets, { ...base, cluster: true }).topicCounts),
    ).toEqual([4, 3, 2])
    // Without the index: facets.json names the articles a clustered feed leaves out (3 and 4,
    // delta-coded).
    const whole = wholeCorpusResult({ ...facets, clustered: [3, 1] }, true)
    expect({ ids: Array.from(whole.ids), articles: whole.articles }).toEqual({
      ids: [0, 1, 2],
      articles: 5,
    })
    expect(Array.from(runFeedQuery(clustered, facets, base).ids)).toEqual([0, 1, 2, 3, 4])
  })

  it('ORs values within a facet and ANDs across facets', () => {
    expect(run({ topics: [1, 2] }).ids).toEqual([0, 2, 3, 4])
    expect(run({ topics: [1, 2], providers: [0] }).ids).toEqual([0, 2])
    expect(run({ topics: [2], providers: [0, 2] }).ids).toEqual([2])
  })

  it('counts each facet with the other facets applied', () => {
    const r = run({ topics: [1], providers: [1] })
    expect(r.ids).toEqual([4])
    // Topic counts: articles from ft.com (ids 1, 4) per topic.
    expect(r.topics).toEqual([2, 1, 1])
    // Provider counts: articles about vision (ids 0, 3, 4) per provider.
    expect(r.providers).toEqual([1, 1, 1])
  })

  it('ANDs the fixed topic or provider of a topic or source page', () => {
    expect(run({ baseTopic: 1 }).ids).toEqual([0, 3, 4])
    expect(run({ baseTopic: 1, providers: [2] }).ids).toEqual([3])
    expect(run({ baseProvider: 1 }).ids).toEqual([1, 4])
    expect(run({ baseProvider: 1 }).topics).toEqual([2, 1, 1])
  })

  it('sorts by date either way, and by heat or quality with missing values last', () => {
    expect(run({ sort: 'oldest' }).ids).toEqual([4, 3, 2, 1, 0])
    expect(run({ sort: 'heat' }).ids).toEqual([1, 4, 2, 0, 3])
    expect(run({ sort: 'quality' }).ids).toEqual([2, 3, 0, 4, 1])
  })
})

describe('runFeedQuery: with search matches', () => {
  const matches = { ids: Uint32Array.from([3, 0, 4]), terms: ['chip'] }
  const search = (q: Partial<FeedQuery>) => {
    const r = runFeedQuery(index, facets, { ...base, search: 'chip', ...q }, matches)
    return { ids: Array.from(r.ids), topics: Array.from(r.topicCounts), terms: r.terms }
  }

  it('keeps only the matched articles, in relevance order, and passes the terms on', () => {
    expect(search({ sort: 'relevance' })).toEqual({
      ids: [3, 0, 4],
      topics: [2, 3, 1],
      terms: ['chip'],
    })
  })

  it('combines with facets and other orders', () => {
    expect(search({ sort: 'relevance', providers: [1] }).ids).toEqual([4])
    expect(search({ sort: 'newest' }).ids).toEqual([0, 3, 4])
    expect(search({ sort: 'heat' }).ids).toEqual([4, 0, 3])
  })

  it('is not the whole corpus', () => {
    expect(isWholeCorpus({ ...base, search: 'chip' })).toBe(false)
  })
})

describe('runFeedQuery: narrowing', () => {
  const day = (d: string, end = false) => Date.parse(`${d}T00:00:00Z`) / 60_000 + (end ? 1439 : 0)

  it('keeps an inclusive date range', () => {
    expect(run({ fromMinute: day('2024-01-03'), toMinute: day('2024-01-05', true) }).ids).toEqual([
      1, 2, 3,
    ])
    expect(run({ fromMinute: day('2024-01-06') }).ids).toEqual([0])
    expect(run({ toMinute: day('2024-01-02', true) }).ids).toEqual([4])
  })

  it('applies quality and heat floors (a missing value never passes) and published only', () => {
    expect(run({ minQuality: 40 }).ids).toEqual([2, 3])
    expect(run({ minHeat: 30 }).ids).toEqual([1, 2, 4])
    expect(run({ publishedOnly: true }).ids).toEqual([0, 2, 4])
  })

  it('excludes topics and providers, and counts facets without them', () => {
    const r = run({ excludeTopics: [2] })
    expect(r.ids).toEqual([0, 1, 3])
    expect(r.topics).toEqual([2, 2, 0])
    expect(run({ excludeProviders: [0, 2] }).ids).toEqual([1, 4])
    expect(run({ topics: [0], excludeProviders: [1] }).ids).toEqual([0, 2])
  })
})

describe('resolveFeedQuery', () => {
  it('maps slugs and domains to ids and drops unknown ones', () => {
    const q = resolveFeedQuery(
      { ...emptyFilters, topics: ['vision', 'nope'], sources: ['ft.com', 'x.org'] },
      facets,
    )
    expect(q).toEqual({
      topics: [1],
      providers: [1],
      excludeTopics: [],
      excludeProviders: [],
      publishedOnly: false,
      sort: 'newest',
      cluster: true,
    })
    expect(isWholeCorpus(q)).toBe(false)
    expect(isWholeCorpus(resolveFeedQuery({ ...emptyFilters, topics: ['nope'] }, facets))).toBe(
      true,
    )
  })
})

it('resolves dates to whole UTC days and exclusions to ids', () => {
  const q = resolveFeedQuery(
    {
      ...emptyFilters,
      from: '2024-01-03',
      to: '2024-01-03',
      excludeTopics: ['ethics'],
      excludeSources: ['bbc.co.uk'],
    },
    facets,
  )
  expect(q).toMatchObject({
    fromMinute: Date.parse('2024-01-03T00:00:00Z') / 60_000,
    toMinute: Date.parse('2024-01-03T23:59:00Z') / 60_000,
    excludeTopics: [2],
    excludeProviders: [2],
  })
})

describe('pageSlice', () => {
  it('returns the ids of a page and the shards holding them', () => {
    const ids = Uint32Array.from([0, 5, 49, 50, 120, 7])
    expect(pageSlice(ids, 1, 4, 48)).toEqual({ ids: [0, 5, 49, 50], shards: [0, 1] })
    expect(pageSlice(ids, 2, 4, 48)).toEqual({ ids: [120, 7], shards: [2, 0] })
    expect(pageSlice(ids, 3, 4, 48)).toEqual({ ids: [], shards: [] })
  })
})

describe('the reader’s mutes and read stories', () => {
  const personal = {
    muted: { topics: ['vision'], sources: ['ft.com'] },
    read: {
      // Row 2 (guardian, 2024-01-04), placed by its date and source.
      'read-one': {
        at: '2024-02-01T00:00:00Z',
        date: '2024-01-04T00:00:30Z',
        source: 'theguardian.com',
      },
      // Read before stories were placed (version 1): kept, but cannot be hidden.
      'read-long-ago': { at: '2023-01-01T00:00:00Z' },
    },
  }
  const resolve = (filters: Partial<typeof emptyFilters>, b = {}) =>
    resolveFeedQuery({ ...emptyFilters, ...filters }, facets, b, personal)

  it('leaves out muted topics and sources and counts them', () => {
    const q = resolve({})
    expect(q).toMatchObject({ mutedTopics: [1], mutedProviders: [1] })
    expect(isWholeCorpus(q)).toBe(false)
    const r = runFeedQuery(index, facets, q)
    // Row 0 and 3 have vision, rows 1 and 4 are ft.com: only row 2 stays.
    expect(Array.from(r.ids)).toEqual([2])
    expect(r.muted).toBe(4)
    expect(Array.from(r.providerCounts)).toEqual([1, 0, 0])
  })

  it('shows muted stories when asked, or when the view names that topic or source', () => {
    expect(resolve({ showMuted: true })).not.toHaveProperty('mutedTopics')
    const asked = resolve({ topics: ['vision'] })
    expect(asked).not.toHaveProperty('mutedTopics')
    expect(asked.mutedProviders).toEqual([1])
    expect(resolve({}, { baseProvider: 1 })).not.toHaveProperty('mutedProviders')
  })

  it('hides the read stories it can place with unread=1', () => {
    expect(resolve({ showMuted: true })).not.toHaveProperty('hideRead')
    const q = resolve({ showMuted: true, unreadOnly: true })
    expect(q.hideRead).toHaveLength(1)
    expect(Array.from(runFeedQuery(index, facets, q).ids)).toEqual([0, 1, 3, 4])
  })

  it('keys the cache by a digest of the read stories, not the whole list', () => {
    const q = resolve({ showMuted: true, unreadOnly: true })
    const key = personalCacheKey(q)
    expect(key.hideRead).toMatch(/^1:\d+$/)
    expect(personalCacheKey({ ...q, hideRead: [...q.hideRead!, 5] }).hideRead).not.toBe(
      key.hideRead,
    )
    const plain = resolve({})
    expect(personalCacheKey(plain)).toBe(plain)
  })
})
