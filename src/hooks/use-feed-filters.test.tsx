import { act, renderHook } from '@testing-library/react'
import type { ReactNode } from 'react'
import { RouterProvider, createMemoryRouter } from 'react-router'
import { describe, expect, it } from 'vitest'
import { useFeedFilters } from './use-feed-filters.ts'

/** Renders the hook on the feed at `initial`; `url()` says where the router is. */
function setup(initial: string) {
  let router: ReturnType<typeof createMemoryRouter> | undefined
  const wrapper = ({ children }: { children: ReactNode }) => {
    router ??= createMemoryRouter([{ path: '/', element: children }], {
      initialEntries: [initial],
    })
    return <RouterProvider router={router} />
  }
  const { result } = renderHook(() => useFeedFilters(), { wrapper })
  const url = () => router!.state.location.pathname + router!.state.location.search
  return { result, url, router: () => router! }
}

describe('useFeedFilters', () => {
  it('reads the filters from the URL', () => {
    const { result } = setup('/?q=vision&topic=ai&-source=example.com&page=2&sort=heat')
    expect(result.current.filters).toMatchObject({
      q: 'vision',
      topics: ['ai'],
      excludeSources: ['example.com'],
      page: 2,
      sort: 'heat',
    })
  })

  it('a change keeps the other filters and goes back to page 1, as a new entry', () => {
    const { result, url, router } = setup('/?topic=ai&page=3')
    act(() => result.current.toggleSource('example.com'))
    expect(url()).toBe('/?topic=ai&source=example.com')
    expect(router().state.historyAction).toBe('PUSH')
    expect(result.current.filters.page).toBe(1)
    act(() => result.current.toggleTopic('ai'))
    expect(url()).toBe('/?source=example.com')
  })

  it('including and excluding the same topic or source are exclusive', () => {
    const { result, url } = setup('/?topic=ai&source=example.com')
    act(() => result.current.excludeTopic('ai'))
    expect(url()).toBe('/?source=example.com&-topic=ai')
    act(() => result.current.toggleTopic('ai'))
    expect(url()).toBe('/?topic=ai&source=example.com')
    act(() => result.current.excludeSource('example.com'))
    expect(url()).toBe('/?topic=ai&-source=example.com')
    act(() => result.current.toggleSource('example.com'))
    expect(url()).toBe('/?topic=ai&source=example.com')
  })

  it('Clear all drops every filter and the search, and keeps an order the reader chose', () => {
    const { result, url } = setup('/?q=vision&topic=ai&from=2024-01-01&sort=heat&page=2')
    act(() => result.current.clearAll())
    expect(url()).toBe('/?sort=heat')
    // Relevance only means something while searching: cleared with the search.
    const other = setup('/?q=vision&sort=relevance')
    act(() => other.result.current.clearAll())
    expect(other.url()).toBe('/')
  })

  it('sorting goes back to page 1; other pages keep the view', () => {
    const { result, url } = setup('/?topic=ai&page=4')
    expect(result.current.pageSearch(5)).toBe('?topic=ai&page=5')
    expect(result.current.pageSearch(1)).toBe('?topic=ai')
    act(() => result.current.setSort('oldest'))
    expect(url()).toBe('/?topic=ai&sort=oldest')
  })

  it('show replaces the whole view', () => {
    const { result, url } = setup('/?topic=ai&source=example.com')
    act(() => result.current.show({ ...result.current.filters, topics: [], sources: ['b.org'] }))
    expect(url()).toBe('/?source=b.org')
  })
})
