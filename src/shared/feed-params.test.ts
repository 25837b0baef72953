import { describe, expect, it } from 'vitest'
import {
  clearedFilters,
  emptyFilters,
  feedSearch,
  parseFeedParams,
  serializeFeedParams,
  toggle,
  withSearch,
} from './feed-params.ts'

const parse = (query: string) => parseFeedParams(new URLSearchParams(query))

describe('parseFeedParams', () => {
  it('reads repeatable topics and sources, sort and page', () => {
    expect(parse('topic=ai&topic=computer-vision&source=theguardian.com&sort=heat&page=3')).toEqual(
      {
        ...emptyFilters,
        topics: ['ai', 'computer-vision'],
        sources: ['theguardian.com'],
        sort: 'heat',
        page: 3,
      },
    )
  })

  it('gives the default view for an empty query', () => {
    expect(parse('')).toEqual(emptyFilters)
  })

  it('ignores malformed and unknown parameters instead of failing', () => {
    expect(
      parse(
        'topic=&topic=%3Cscript%3E&topic=AI&topic=ai&source=not a domain&source=BBC.co.uk&sort=best&page=-2&foo=bar',
      ),
    ).toEqual({ ...emptyFilters, topics: ['ai'], sources: ['bbc.co.uk'] })
    expect(parse('page=2.5').page).toBe(1)
    expect(parse('page=abc').page).toBe(1)
    expect(parse('page=1e9').page).toBe(1)
  })
})

describe('parseFeedParams: narrowing', () => {
  it('reads dates, floors, published and exclusions', () => {
    expect(
      parse(
        'from=2023-01-01&to=2023-06-30&minQuality=40&minHeat=-1&published=1&-topic=ai&-source=ft.com',
      ),
    ).toMatchObject({
      from: '2023-01-01',
      to: '2023-06-30',
      minQuality: 40,
      minHeat: -1,
      publishedOnly: true,
      excludeTopics: ['ai'],
      excludeSources: ['ft.com'],
    })
  })

  it('drops impossible dates and swaps a reversed range', () => {
    expect(parse('from=2023-02-30&to=tomorrow')).toEqual(emptyFilters)
    expect(parse('from=2023-06-30&to=2023-01-01')).toMatchObject({
      from: '2023-01-01',
      to: '2023-06-30',
    })
    expect(parse('minQuality=high&minHeat=1.5&published=yes')).toEqual(emptyFilters)
  })
})

describe('serializeFeedParams', () => {
  it('writes a canonical query that parses back to the same filters', () => {
    const filters = {
      ...emptyFilters,
      topics: ['ai', 'computer-vision'],
      sources: ['ft.com'],
      excludeTopics: ['robots'],
      excludeSources: ['bbc.co.uk'],
      from: '2023-01-01',
      to: '2023-12-31',
      minQuality: 40,
      minHeat: 0,
      publishedOnly: true,
      sort: 'quality' as const,
      page: 2,
    }
    const query = serializeFeedParams(filters).toString()
    expect(query).toBe(
      'topic=ai&topic=computer-vision&source=ft.com&-topic=robots&-source=bbc.co.uk&from=2023-01-01&to=2023-12-31&minQuality=40&minHeat=0&published=1&sort=quality&page=2',
    )
    expect(parse(query)).toEqual(filters)
  })

  it('keeps the view (list or cards) through paging, search and clearing', () => {
    const list = parse('topic=ai&view=list')
    expect(list.view).toBe('list')
    expect(parse('view=cards').view).toBe('cards')
    expect(parse('view=grid').view).toBeUndefined()
    expect(feedSearch({ ...list, page: 2 })).toBe('?topic=ai&page=2&view=list')
    expect(feedSearch(withSearch(list, 'robots'))).toBe('?q=robots&topic=ai&view=list')
    expect(feedSearch(clearedFilters(list))).toBe('?view=list')
  })

  it('reads and writes unread=1 and muted=show; Clear all keeps the first, not the second', () => {
    const f = parse('topic=ai&unread=1&muted=show')
    expect(f).toMatchObject({ unreadOnly: true, showMuted: true })
    expect(parse('unread=yes&muted=1')).toMatchObject({ unreadOnly: false, showMuted: false })
    expect(parse(feedSearch(f).slice(1))).toEqual(f)
    expect(feedSearch(clearedFilters(f))).toBe('?unread=1')
    expect(feedSearch({ ...f, unreadOnly: false, showMuted: false })).toBe('?topic=ai')
  })

  it('clusters by default; cluster=0 turns it off and Clear all keeps that', () => {
    expect(parse('')).toMatchObject({ clustered: true })
    expect(parse('cluster=1')).toMatchObject({ clustered: true })
    const f = parse('topic=ai&cluster=0')
    expect(f).toMatchObject({ clustered: false })
    expect(parse(feedSearch(f).slice(1))).toEqual(f)
    expect(feedSearch(clearedFilters(f))).toBe('?cluster=0')
    expect(feedSearch({ ...f, clustered: true })).toBe('?topic=ai')
  })

  it('leaves defaults out of the URL', () => {
    expect(feedSearch(emptyFilters)).toBe('')
    expect(feedSearch({ ...emptyFilters, topics: ['ai'] })).toBe('?topic=ai')
  })
})

describe('toggle', () => {
  it('adds a missing value and removes a present one', () => {
    expect(toggle(['a'], 'b')).toEqual(['a', 'b'])
    expect(toggle(['a', 'b'], 'a')).toEqual(['b'])
  })
})

describe('search text and relevance', () => {
  it('reads q, trimmed, with relevance as the default order', () => {
    expect(parse('q=%20machine%20learning%20')).toEqual({
      ...emptyFilters,
      q: 'machine learning',
      sort: 'relevance',
    })
    expect(parse('q=ai&sort=heat').sort).toBe('heat')
    expect(parse('q=%20%20').q).toBeUndefined()
  })

  it('ignores sort=relevance without q', () => {
    expect(parse('sort=relevance')).toEqual(emptyFilters)
  })

  it('writes relevance only when it is not the default, and newest when chosen over it', () => {
    expect(feedSearch(parse('q=ai'))).toBe('?q=ai')
    expect(feedSearch({ ...parse('q=ai'), sort: 'newest' })).toBe('?q=ai&sort=newest')
    expect(feedSearch({ ...emptyFilters, sort: 'relevance' })).toBe('')
    expect(parse(feedSearch({ ...parse('q=ai&topic=ml'), sort: 'oldest' }))).toEqual({
      ...emptyFilters,
      q: 'ai',
      topics: ['ml'],
      sort: 'oldest',
    })
  })

  it('withSearch starts a search by relevance, keeps a chosen order, and returns to page 1', () => {
    expect(withSearch({ ...emptyFilters, page: 4 }, ' chips ')).toEqual({
      ...emptyFilters,
      q: 'chips',
      sort: 'relevance',
    })
    expect(withSearch({ ...emptyFilters, sort: 'heat' }, 'chips').sort).toBe('heat')
    expect(withSearch(parse('q=chips'), '')).toEqual(emptyFilters)
    expect(withSearch(parse('q=chips&sort=newest'), 'chip').sort).toBe('newest')
  })
})
