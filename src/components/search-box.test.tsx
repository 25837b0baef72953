import { act, render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { Outlet, RouterProvider, createMemoryRouter } from 'react-router'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { SearchBox } from './search-box.tsx'

const PAUSE = 180

/** A loader the test can hold: navigations to the feed stay on their way until `release()`. */
function gate() {
  let open: () => void = () => {}
  let held: Promise<void> | null = null
  return {
    hold: () => void (held = new Promise<void>((resolve) => (open = resolve))),
    release: () => {
      held = null
      open()
    },
    loader: async () => {
      await held
      return null
    },
  }
}

function setup(initial: string, { basename }: { basename?: string } = {}) {
  const feed = gate()
  const router = createMemoryRouter(
    [
      {
        element: (
          <>
            <SearchBox />
            <Outlet />
          </>
        ),
        hydrateFallbackElement: <p>Loading</p>,
        children: [
          { path: '/', loader: feed.loader, element: <p>Feed</p> },
          { path: '/articles/:slug', element: <p>Story</p> },
          { path: '/topics/:topicSlug', element: <p>Topic</p> },
        ],
      },
    ],
    { initialEntries: [initial], ...(basename && { basename }) },
  )
  render(<RouterProvider router={router} />)
  const user = userEvent.setup({ advanceTimers: (ms) => vi.advanceTimersByTime(ms) })
  const box = () => screen.getByRole('searchbox', { name: 'Search articles' })
  /** Where the router is: path and query. */
  const url = () => router.state.location.pathname + router.state.location.search
  /** Lets the typing pause (or more) pass. */
  const pause = (ms = PAUSE) => act(async () => void vi.advanceTimersByTime(ms))
  return { router, user, box, url, pause, feed }
}

beforeEach(() => {
  // The clock moves only when a test lets it: by `pause`, or while `waitFor` and `findBy*`
  // wait (Testing Library advances fake timers when it sees a `jest` global).
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] })
  vi.stubGlobal('jest', { advanceTimersByTime: (ms: number) => vi.advanceTimersByTime(ms) })
})
afterEach(() => {
  vi.unstubAllGlobals()
  vi.useRealTimers()
})

describe('SearchBox', () => {
  it('searches once the typing pauses: a new entry, then refinements replace it', async () => {
    const { router, user, box, url, pause } = setup('/?topic=ai&page=3')
    await user.type(await screen.findByRole('searchbox'), 'facial')
    await pause(PAUSE - 1)
    expect(url()).toBe('/?topic=ai&page=3')
    await pause(1)
    // The other filters stay; back to page 1.
    await waitFor(() => expect(url()).toBe('/?q=facial&topic=ai'))
    expect(router.state.historyAction).toBe('PUSH')
    expect(box()).toHaveValue('facial')

    await user.type(box(), ' home')
    await pause()
    await waitFor(() => expect(url()).toBe('/?q=facial+home&topic=ai'))
    expect(router.state.historyAction).toBe('REPLACE')
    expect(box()).toHaveValue('facial home')
  })

  it('Enter searches at once, and the pause then sends nothing more', async () => {
    const { router, user, box, url, pause } = setup('/')
    await user.type(await screen.findByRole('searchbox'), 'facial')
    const typed = Date.now()
    await user.keyboard('{Enter}')
    await waitFor(() => expect(url()).toBe('/?q=facial'))
    // On the fake clock: the pause has not passed.
    expect(Date.now() - typed).toBeLessThan(PAUSE)
    const key = router.state.location.key
    await pause(10 * PAUSE)
    expect(router.state.location.key).toBe(key)
    expect(box()).toHaveValue('facial')
  })

  it('follows the URL when it changes from outside and the box has no edits', async () => {
    const { router, user, box, pause } = setup('/?q=one')
    expect(await screen.findByRole('searchbox')).toHaveValue('one')
    await act(() => router.navigate('/?q=two'))
    expect(box()).toHaveValue('two')

    // After its own search has landed, too.
    await user.clear(box())
    await user.type(box(), 'mine')
    await pause()
    await waitFor(() => expect(router.state.location.search).toBe('?q=mine'))
    await act(() => router.navigate('/?q=other'))
    expect(box()).toHaveValue('other')
    // A chip that removes the search.
    await act(() => router.navigate('/'))
    expect(box()).toHaveValue('')
  })

  it('keeps typing that goes on while an older search lands', async () => {
    const { router, user, box, url, pause, feed } = setup('/')
    await user.type(await screen.findByRole('searchbox'), 'facial')
    feed.hold()
    await pause()
    await waitFor(() => expect(router.state.navigation.location?.search).toBe('?q=facial'))
    await user.type(box(), ' rec')
    feed.release()
    await waitFor(() => expect(url()).toBe('/?q=facial'))
    expect(box()).toHaveValue('facial rec')
    await pause()
    await waitFor(() => expect(url()).toBe('/?q=facial+rec'))
    expect(box()).toHaveValue('facial rec')
  })

  it('a search sent while another is on its way replaces it', async () => {
    const { router, user, box, url, pause, feed } = setup('/')
    await user.type(await screen.findByRole('searchbox'), 'facial')
    feed.hold()
    await pause()
    await waitFor(() => expect(router.state.navigation.state).toBe('loading'))
    await user.type(box(), ' rec')
    await pause()
    await waitFor(() => expect(router.state.navigation.location?.search).toBe('?q=facial+rec'))
    feed.release()
    await waitFor(() => expect(url()).toBe('/?q=facial+rec'))
    // One entry for the search: it was a push from the feed without one.
    expect(router.state.historyAction).toBe('PUSH')
    expect(box()).toHaveValue('facial rec')
  })

  it('emptying the box ends the search in a new entry', async () => {
    const { router, user, box, url, pause } = setup('/?q=facial&sort=heat')
    await user.clear(await screen.findByRole('searchbox'))
    await pause()
    await waitFor(() => expect(url()).toBe('/?sort=heat'))
    expect(router.state.historyAction).toBe('PUSH')
    expect(box()).toHaveValue('')
  })

  it('a chip clicked before the pause ends drops the unsent text, and Back sends nothing', async () => {
    const { router, user, box, url, pause } = setup('/?q=facial')
    await user.type(await screen.findByRole('searchbox'), ' home')
    await act(() => router.navigate('/?q=facial&topic=ai'))
    expect(box()).toHaveValue('facial')
    await pause(10 * PAUSE)
    expect(url()).toBe('/?q=facial&topic=ai')
    await act(() => router.navigate(-1))
    await waitFor(() => expect(url()).toBe('/?q=facial'))
    expect(box()).toHaveValue('facial')
    await pause(10 * PAUSE)
    expect(url()).toBe('/?q=facial')
  })

  it('going to another page empties the box and drops the search about to be sent', async () => {
    const { router, user, box, url, pause } = setup('/?q=facial')
    await user.type(await screen.findByRole('searchbox'), ' home')
    await act(() => router.navigate('/articles/a-story'))
    expect(box()).toHaveValue('')
    await pause(10 * PAUSE)
    expect(url()).toBe('/articles/a-story')

    // Typed, sent and landed, then a link to a topic page: nothing follows it there.
    await user.type(box(), 'vision')
    await pause()
    await waitFor(() => expect(url()).toBe('/?q=vision'))
    await act(() => router.navigate('/topics/computer-vision'))
    expect(box()).toHaveValue('')
    await pause(10 * PAUSE)
    expect(url()).toBe('/topics/computer-vision')
  })

  it('from a story page, opens the feed; Back and Forward restore each text', async () => {
    const { router, user, box, url, pause } = setup('/articles/a-story')
    await user.type(await screen.findByRole('searchbox'), 'facial')
    await pause()
    await waitFor(() => expect(url()).toBe('/?q=facial'))
    expect(screen.getByText('Feed')).toBeInTheDocument()
    expect(router.state.historyAction).toBe('PUSH')

    await act(() => router.navigate(-1))
    await waitFor(() => expect(url()).toBe('/articles/a-story'))
    expect(box()).toHaveValue('')
    await act(() => router.navigate(1))
    await waitFor(() => expect(url()).toBe('/?q=facial'))
    expect(box()).toHaveValue('facial')
    // Following Back and Forward sends nothing.
    await pause(10 * PAUSE)
    expect(url()).toBe('/?q=facial')
  })

  it('emptied before its search from a story page lands: stays on the story', async () => {
    const { router, user, url, pause, feed } = setup('/articles/a-story')
    await user.type(await screen.findByRole('searchbox'), 'f')
    feed.hold()
    await pause()
    await waitFor(() => expect(router.state.navigation.location?.search).toBe('?q=f'))
    await user.clear(screen.getByRole('searchbox'))
    await pause()
    await waitFor(() => expect(router.state.navigation.state).toBe('idle'))
    feed.release()
    expect(url()).toBe('/articles/a-story')
    expect(screen.getByText('Story')).toBeInTheDocument()
  })

  it('keeps a base path', async () => {
    const { router, user, pause } = setup('/news/articles/a-story', { basename: '/news/' })
    await user.type(await screen.findByRole('searchbox'), 'facial')
    await pause()
    await waitFor(() => expect(router.state.location.search).toBe('?q=facial'))
    expect(router.state.location.pathname).toBe('/news/')
  })

  it('/ focuses the box, unless typed into another field', async () => {
    const { user, box } = setup('/')
    await screen.findByRole('searchbox')
    await user.keyboard('/')
    expect(box()).toHaveFocus()
    expect(box()).toHaveValue('')
  })
})
