import { describe, expect, it } from 'vitest'
import { decodeFacetIndex, encodeFacetIndex, type FacetRow } from './facet-index.ts'
import { runFeedQuery } from './feed-query.ts'
import { historyDaysOf, rising, risingExplained, risingTopics } from './rising.ts'

const NOW = Date.parse('2024-06-30T12:00:00Z')
const daysAgo = (d: number) => new Date(NOW - d * 86_400_000).toISOString()
const row = (days: number, topics: number[], heat?: number): FacetRow => ({
  date: daysAgo(days),
  provider: 0,
  topics,
  heat,
  published: true,
  hasImage: false,
})

// Newest first. Topic 0 steady (one story a month), 1 new this month, 2 fading.
const rows: FacetRow[] = [
  row(0, [0]),
  row(2, [1], 90),
  row(5, [1]),
  row(9, [1, 0]),
  row(20, [2]),
  ...[40, 70, 100, 130, 160, 190].map((d) => row(d, [0])),
  ...[35, 45, 55, 65, 75, 85].map((d) => row(d, [2])),
  // Beyond the history: counts for nothing.
  row(400, [1]),
  row(401, [1]),
]
rows.sort((a, b) => b.date.localeCompare(a.date))
const index = decodeFacetIndex(encodeFacetIndex(rows).slice().buffer)
// Heat 90 is above the collection's 95% cut: weight 1.95.
const facets = { topics: [{}, {}, {}] as never[], heatScale: Array(19).fill(50) }

describe('rising', () => {
  const r = rising(index, facets)

  it('rates each topic by its recent stories against its own history', () => {
    // 0: 2 recent against 6 in six months (1 a month): (2 + 1) / (1 + 1).
    expect(r.topicRise[0]).toBeCloseTo(1.5)
    // 1: 1.95 + 1 + 1 recent, none before: 4.95.
    expect(r.topicRise[1]).toBeCloseTo(4.95)
    // 2: 1 recent against 6 in six months: (1 + 1) / (1 + 1).
    expect(r.topicRise[2]).toBeCloseTo(1)
    expect(risingTopics(r).map((t) => t.topic)).toEqual([1, 0])
  })

  it('scores recent stories by heat times their topics’ rise, older ones 0', () => {
    const scoreOf = (days: number) => r.score[rows.findIndex((x) => x.date === daysAgo(days))]!
    expect(scoreOf(2)).toBeCloseTo(1.95 * 4.95)
    expect(scoreOf(5)).toBeCloseTo(4.95)
    // A story on two topics takes the one rising more.
    expect(scoreOf(9)).toBeCloseTo(4.95)
    expect(scoreOf(0)).toBeCloseTo(1.5)
    expect(scoreOf(40)).toBe(0)
  })

  it('explains itself in one sentence, dated from the newest story', () => {
    const text = risingExplained('Jun 30, 2024', r.historyDays)
    expect(r.historyDays).toBe(180)
    expect(text).toContain('30 days up to the newest one (Jun 30, 2024)')
    expect(text).toContain('than in the 6 months before;')
    expect(text.match(/\./g)).toHaveLength(1)
  })
})

describe('rising in a young collection', () => {
  it('measures against the history there is, not six empty months', () => {
    // 45 days of stories: 15 of history, one story a week on topic 0 throughout.
    const young = [0, 7, 14, 21, 28, 35, 42, 45].map((d) => row(d, [0]))
    const idx = decodeFacetIndex(encodeFacetIndex(young).slice().buffer)
    const r = rising(idx, facets)
    expect(r.historyDays).toBeCloseTo(15)
    // The same from the collection's first and last dates alone (what the sentence uses).
    expect(historyDaysOf({ newest: young[0]!.date, oldest: young.at(-1)!.date })).toBeCloseTo(15)
    // 5 recent (0–28 days) against 3 in 15 days (6 per 30): steady, not rising six-fold.
    expect(r.topicRise[0]).toBeCloseTo((5 + 1) / (3 / 0.5 + 1))
    expect(risingExplained('Jun 30, 2024', r.historyDays)).toContain('than in the 15 days before;')
  })
})

describe('the Rising order of a feed', () => {
  it('puts the highest scores first, then the older stories newest first', () => {
    const full = {
      articleCount: rows.length,
      shardSize: 48,
      shardCount: 1,
      topics: [0, 1, 2].map((id) => ({
        id,
        slug: `t${id}`,
        name: `T${id}`,
        count: 1,
        topProviders: [],
      })),
      providers: [{ id: 0, domain: 'x.com', name: 'X', count: rows.length, topTopics: [] }],
      heatScale: facets.heatScale,
      qualityScale: [],
    }
    const ids = runFeedQuery(index, full, {
      topics: [],
      providers: [],
      excludeTopics: [],
      excludeProviders: [],
      publishedOnly: false,
      sort: 'rising',
      cluster: false,
    }).ids
    const ages = Array.from(ids, (id) =>
      Math.round((NOW - Date.parse(rows[id]!.date)) / 86_400_000),
    )
    expect(ages.slice(0, 5)).toEqual([2, 5, 9, 0, 20])
    const rest = ages.slice(5)
    expect(rest).toEqual([...rest].sort((a, b) => a - b))
  })
})
