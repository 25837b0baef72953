import { describe, expect, it } from 'vitest'
import type { Facets } from './data.ts'
import {
  chipSummary,
  dateLabel,
  dateSuggestion,
  describeFilters,
  feedChips,
  removeLabel,
} from './feed-chips.ts'
import { emptyFilters, parseFeedParams, serializeFeedParams } from './feed-params.ts'
import { resolveFeedQuery } from './feed-query.ts'

const facets: Facets = {
  articleCount: 3,
  newest: '2024-02-29T18:00:00Z',
  oldest: '2023-07-01T08:00:00Z',
  shardSize: 24,
  shardCount: 1,
  topics: [
    { id: 0, slug: 'ai', name: 'AI', count: 3, topProviders: [] },
    { id: 1, slug: 'robotics', name: 'Robotics', count: 1, topProviders: [] },
  ],
  providers: [
    { id: 0, domain: 'theguardian.com', name: 'The Guardian', count: 2, topTopics: [] },
    { id: 1, domain: 'bbc.co.uk', name: 'BBC', count: 1, topTopics: [] },
  ],
  heatScale: [],
  qualityScale: [],
}

const chipsOf = (search: string) => {
  const filters = parseFeedParams(new URLSearchParams(search))
  return feedChips(filters, resolveFeedQuery(filters, facets), facets)
}
const removing = (search: string, key: string) =>
  serializeFeedParams(chipsOf(search).find((c) => c.key === key)!.without).toString()

describe('feedChips', () => {
  it('lists every active filter in reading order, known ones only', () => {
    const chips = chipsOf(
      'q=drones&topic=robotics&topic=nope&source=bbc.co.uk&-topic=ai&-source=theguardian.com&minQuality=20&minHeat=40&published=1&from=2024-01-01&to=2024-01-31',
    )
    expect(chips.map((c) => [c.kind, c.label, !!c.struck])).toEqual([
      ['search', '“drones”', false],
      ['topic', 'Robotics', false],
      ['source', 'BBC', false],
      ['excluded topic', 'AI', true],
      ['excluded source', 'The Guardian', true],
      ['date', 'Jan 1, 2024 – Jan 31, 2024', false],
      ['quality', 'Quality 20+', false],
      ['heat', 'Heat 40+', false],
      ['published', 'Published only', false],
    ])
    // The phone's Filters button counts what its drawer holds: everything but the search.
    expect(chips.filter((c) => c.inPanel)).toHaveLength(8)
  })

  it('removes just its own filter and returns to page 1', () => {
    const all = 'q=drones&topic=robotics&topic=ai&-source=bbc.co.uk&from=2024-01-01&page=3'
    expect(removing(all, 'topic:1')).toBe('q=drones&topic=ai&-source=bbc.co.uk&from=2024-01-01')
    expect(removing(all, '-source:1')).toBe('q=drones&topic=robotics&topic=ai&from=2024-01-01')
    expect(removing(all, 'date')).toBe('q=drones&topic=robotics&topic=ai&-source=bbc.co.uk')
    expect(removing(all, 'q')).toBe('topic=robotics&topic=ai&-source=bbc.co.uk&from=2024-01-01')
    expect(chipsOf('')).toEqual([])
    expect(feedChips(emptyFilters, resolveFeedQuery(emptyFilters, facets), facets)).toEqual([])
  })
})

describe('dateLabel', () => {
  it('names a preset by the newest story it counts back from', () => {
    const { newest } = facets
    expect(dateLabel({ from: '2024-02-23', to: '2024-02-29' }, newest, 'en-US')).toBe(
      'Last 7 days to Feb 29, 2024',
    )
    expect(dateLabel({ from: '2024-01-01', to: '2024-02-29' }, newest, 'en-US')).toBe('2024 so far')
    expect(dateLabel({ from: '2024-02-22', to: '2024-02-29' }, newest, 'en-US')).toBe(
      'Feb 22, 2024 – Feb 29, 2024',
    )
    expect(dateLabel({ from: '2024-02-22' }, newest, 'en-US')).toBe('Since Feb 22, 2024')
    expect(dateLabel({ to: '2024-02-22' }, newest, 'en-US')).toBe('Until Feb 22, 2024')
    expect(dateLabel({}, newest)).toBeUndefined()
  })
})

describe('chipSummary', () => {
  it('counts what the drawer holds, offers Clear all for two or more, names the empty state', () => {
    const search = chipsOf('q=drones')
    expect(chipSummary(search, 'drones')).toMatchObject({
      panelCount: 0,
      showClearAll: false,
      canClear: true,
      emptyHeading: 'No stories match your search',
      exclusions: [],
    })
    const mixed = chipsOf('q=drones&topic=robotics&-source=bbc.co.uk')
    const summary = chipSummary(mixed, 'drones')
    expect(summary).toMatchObject({
      panelCount: 2,
      showClearAll: true,
      emptyHeading: 'No stories match these filters',
    })
    expect(summary.exclusions.map((c) => c.label)).toEqual(['BBC'])
    expect(chipSummary([], undefined)).toMatchObject({ canClear: false, showClearAll: false })
  })

  it('names each chip button by what it removes', () => {
    expect(chipsOf('-source=bbc.co.uk&topic=ai').map(removeLabel)).toEqual([
      'Remove topic filter: AI',
      'Remove excluded source filter: BBC',
    ])
  })
})

describe('describeFilters', () => {
  const describeOf = (search: string) => {
    const filters = parseFeedParams(new URLSearchParams(search))
    return describeFilters(facets, resolveFeedQuery(filters, facets), filters.q)
  }
  it('says what the view asks for in words', () => {
    expect(describeOf('q=chips&topic=ai&topic=robotics&source=theguardian.com')).toBe(
      'matches “chips” and is about AI or Robotics from The Guardian',
    )
    expect(describeOf('source=bbc.co.uk')).toBe('is from BBC')
    expect(describeOf('')).toBeUndefined()
  })
})

describe('dateSuggestion', () => {
  it('for a range after the newest story: how far, and the same length ending on it', () => {
    expect(dateSuggestion({ from: '2024-03-10', to: '2024-03-16' }, facets)).toEqual({
      text: 'The newest story is from Feb 29, 2024, 10 days before this range.',
      action: 'Show Feb 23, 2024 – Feb 29, 2024',
      range: { from: '2024-02-23', to: '2024-02-29' },
    })
  })
  it('for a range before the oldest story: the same length starting on it', () => {
    expect(dateSuggestion({ from: '2023-06-01', to: '2023-06-11' }, facets)).toEqual({
      text: 'The oldest story is from Jul 1, 2023, 20 days after this range.',
      action: 'Show Jul 1, 2023 – Jul 11, 2023',
      range: { from: '2023-07-01', to: '2023-07-11' },
    })
  })
  it('nothing to suggest when the range overlaps the stories or there is no range', () => {
    expect(dateSuggestion({ from: '2024-01-01', to: '2024-01-31' }, facets)).toBeUndefined()
    expect(dateSuggestion({}, facets)).toBeUndefined()
    expect(dateSuggestion({ from: '2024-03-01' }, { newest: undefined, oldest: undefined })).toBe(
      undefined,
    )
  })
})
