import { Search } from 'lucide-react'
import { useEffect, useEffectEvent, useId, useRef, useState } from 'react'
import { matchPath, useLocation, useMatch, useNavigate } from 'react-router'
import { paths } from '../config/paths.ts'
import { feedSearch, MAX_QUERY_LENGTH, parseFeedParams, withSearch } from '../shared/feed-params.ts'

/** Wait this long after the last keystroke before searching. */
const TYPING_PAUSE_MS = 180

interface Sent {
  id: number
  q: string
}

/**
 * Where the router stands: the browser's location, which the router updates as soon as a
 * navigation completes, before React has rendered the page.
 */
function routerLocation() {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '')
  const { pathname, search } = window.location
  const path = pathname.startsWith(base) ? pathname.slice(base.length) || '/' : pathname
  return { onFeed: matchPath(paths.feed.pattern, path) !== null, search }
}

/**
 * The header's search box. Results come as you type: the text goes into the feed's `q`
 * parameter (kept with the feed's other filters; from any other page it opens the feed). The
 * first keystroke of a search adds a history entry, the following ones replace it, so Back
 * leaves the search in one step. `/` anywhere focuses the box.
 */
export function SearchBox() {
  const id = useId()
  const input = useRef<HTMLInputElement>(null)
  const navigate = useNavigate()
  const location = useLocation()
  const onFeed = useMatch(paths.feed.pattern) !== null
  const urlQ = onFeed ? (new URLSearchParams(location.search).get('q') ?? '') : undefined
  const [value, setValue] = useState(urlQ ?? '')
  const [seenUrlQ, setSeenUrlQ] = useState(urlQ)
  const [seenKey, setSeenKey] = useState(location.key)
  // The searches this box sent that have not reached the page yet, oldest first, each tagged
  // in its history entry's state: their arrival must not undo later typing. Several can be on
  // their way: a search may start while the router has finished an earlier one that React has
  // yet to render.
  const [sent, setSent] = useState<readonly Sent[]>([])
  const sentCount = useRef(0)
  if (location.key !== seenKey) {
    setSeenKey(location.key)
    setSeenUrlQ(urlQ)
    const tag = (location.state as { searchBox?: number } | null)?.searchBox
    const ours = sent.findIndex((s) => s.id === tag)
    // Our own search arriving (the latest or an earlier one): typing may have gone on since.
    if (ours >= 0) setSent(sent.slice(ours + 1))
    else {
      // Any other navigation (Back, a chip, a link) ends what was on its way; when it changed
      // the search, the box follows it.
      if (sent.length > 0) setSent([])
      if (urlQ !== seenUrlQ && urlQ !== undefined && urlQ.trim() !== value.trim()) setValue(urlQ)
    }
  }

  const search = (text: string) => {
    // The router's location, not the rendered one: it can be a search ahead.
    const { onFeed: fromFeed, search: query } = routerLocation()
    const current = parseFeedParams(new URLSearchParams(fromFeed ? query : ''))
    const next = withSearch(current, text)
    // What the URL will say once the last search sent arrives.
    const shown = sent.at(-1)?.q ?? current.q ?? ''
    if (shown === (next.q ?? '')) return
    const same = (current.q ?? '') === (next.q ?? '')
    const id = ++sentCount.current
    setSent((list) => [...list, { id, q: next.q ?? '' }])
    navigate(paths.feed.href(feedSearch(next)), {
      // One history entry per search: later texts replace it. (Back to where the router
      // already is, only to stop a search on its way, replaces too.)
      replace: fromFeed && (same || (!!current.q && !!next.q)),
      preventScrollReset: fromFeed,
      state: { searchBox: id },
    })
  }
  // Reads the location when the typing pause ends, not when it began.
  const go = useEffectEvent(search)

  const pending = useRef<number | undefined>(undefined)
  useEffect(() => {
    pending.current = window.setTimeout(() => go(value), TYPING_PAUSE_MS)
    return () => window.clearTimeout(pending.current)
  }, [value])
  // Leaving the page (a link, Back) cancels a search that was about to start.
  useEffect(() => () => window.clearTimeout(pending.current), [location.pathname])

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) return
      const t = e.target as HTMLElement | null
      if (t?.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]'))
        return
      e.preventDefault()
      input.current?.focus()
      input.current?.select()
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  }, [])

  return (
    <form
      role="search"
      aria-label="Articles"
      className="relative w-full sm:w-72"
      onSubmit={(e) => {
        e.preventDefault()
        window.clearTimeout(pending.current)
        search(value)
      }}
    >
      <label htmlFor={id} className="sr-only">
        Search articles
      </label>
      <Search
        className="pointer-events-none absolute top-1/2 left-2.5 size-4 -translate-y-1/2 text-muted"
        strokeWidth={1.75}
        aria-hidden="true"
      />
      <input
        ref={input}
        id={id}
        type="search"
        name="q"
        value={value}
        maxLength={MAX_QUERY_LENGTH}
        onChange={(e) => setValue(e.target.value)}
        placeholder="Search stories"
        autoComplete="off"
        spellCheck={false}
        enterKeyHint="search"
        aria-keyshortcuts="/"
        className="peer w-full rounded-sm border border-rule bg-paper py-1.5 pr-8 pl-8 text-sm placeholder:text-muted focus:border-ink"
      />
      {!value && (
        <kbd
          aria-hidden="true"
          className="pointer-events-none absolute top-1/2 right-2 hidden -translate-y-1/2 rounded-[3px] border border-rule px-1.5 font-sans text-[11px] text-muted peer-focus:hidden sm:block"
        >
          /
        </kbd>
      )}
    </form>
  )
}
