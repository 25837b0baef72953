import { Search } from 'lucide-react'
import { useEffect, useEffectEvent, useId, useRef, useState } from 'react'
import { matchPath, useLocation, useMatch, useNavigate } from 'react-router'
import { paths } from '../config/paths.ts'
import { cn } from '../lib/cn.ts'
import { feedSearch, MAX_QUERY_LENGTH, parseFeedParams, withSearch } from '../shared/feed-params.ts'

/** Wait this long after the last keystroke before searching. */
const TYPING_PAUSE_MS = 180

interface Sent {
  /** Tags the search's history entry: unique across page loads, as entries outlive a reload. */
  id: string
  q: string
}
const PAGE_LOAD = Math.random().toString(36).slice(2)
let sentCount = 0

/**
 * Where the router stands: the browser's location, which the router updates as soon as a
 * navigation completes, before React has rendered the page (or, for Back, as it starts).
 */
function routerLocation() {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '')
  const { pathname, search } = window.location
  // As react-router strips its basename: case-insensitively, at a path boundary.
  const inBase =
    pathname.toLowerCase().startsWith(base.toLowerCase()) &&
    (pathname.length === base.length || pathname[base.length] === '/')
  const path = (inBase ? pathname.slice(base.length) : pathname) || '/'
  return { path, search, onFeed: matchPath(paths.feed.pattern, path) !== null }
}

/**
 * The header's search box. Results come as you type: the text goes into the feed's `q`
 * parameter (kept with the feed's other filters; from any other page it opens the feed). The
 * first keystroke of a search adds a history entry, the following ones replace it, so Back
 * leaves the search in one step. `/` anywhere focuses the box.
 */
export function SearchBox({ className }: { className?: string }) {
  const id = useId()
  const input = useRef<HTMLInputElement>(null)
  const navigate = useNavigate()
  const location = useLocation()
  const onFeed = useMatch(paths.feed.pattern) !== null
  const urlQ = onFeed ? (new URLSearchParams(location.search).get('q') ?? '') : undefined
  const [value, setValue] = useState(urlQ ?? '')
  // The location this box last took in.
  const [seen, setSeen] = useState({ key: location.key, path: location.pathname, q: urlQ })
  // Counts other navigations to another page: each cancels a search about to start.
  const [left, setLeft] = useState(0)
  // The searches this box sent that have not reached the page yet, oldest first, each tagged
  // in its history entry's state: their arrival must not undo later typing. Several can be on
  // their way: a search may start while the router has finished an earlier one that React has
  // yet to render.
  const [sent, setSent] = useState<readonly Sent[]>([])
  if (location.key !== seen.key) {
    setSeen({ key: location.key, path: location.pathname, q: urlQ })
    const tag = (location.state as { searchBox?: string } | null)?.searchBox
    const ours = sent.findIndex((s) => s.id === tag)
    // Our own search arriving (the latest or an earlier one): typing may have gone on since.
    if (ours >= 0) setSent(sent.slice(ours + 1))
    else {
      // Any other navigation (Back, a chip, a link) ends what was on its way; when it changed
      // the search, or overtook one of ours, the box follows the URL.
      const overtook = sent.length > 0
      if (overtook) setSent([])
      if ((urlQ !== seen.q || overtook) && urlQ !== undefined && urlQ.trim() !== value.trim())
        setValue(urlQ)
      if (location.pathname !== seen.path) setLeft(left + 1)
    }
  }

  const search = (text: string) => {
    // The router's location, not the rendered one: it can be a search ahead.
    const { onFeed: fromFeed, search: query, path } = routerLocation()
    const current = parseFeedParams(new URLSearchParams(fromFeed ? query : ''))
    const next = withSearch(current, text)
    // What the URL will say once the last search sent arrives.
    const shown = sent.at(-1)?.q ?? current.q ?? ''
    if (shown === (next.q ?? '')) return
    const same = (current.q ?? '') === (next.q ?? '')
    const id = `${PAGE_LOAD}:${++sentCount}`
    setSent((list) => [...list, { id, q: next.q ?? '' }])
    // Emptied before a search from another page arrived: stay on that page.
    if (same && !fromFeed) {
      navigate(`${path}${query}`, { replace: true, state: { searchBox: id } })
      return
    }
    navigate(paths.feed.href(feedSearch(next)), {
      // One history entry per search: later texts replace it. (Back to where the router
      // already is, only to stop a search on its way, replaces too.)
      replace: fromFeed && (same || (!!current.q && !!next.q)),
      // Keeps the scroll on the feed the reader sees; another page's search starts at the top.
      preventScrollReset: onFeed,
      state: { searchBox: id },
    })
  }
  // Reads the location when the typing pause ends, not when it began.
  const go = useEffectEvent(search)

  const pending = useRef<number | undefined>(undefined)
  // The box says what the URL says, and nothing is on its way: nothing to search. (Following
  // Back must not search again: by the time the pause ends, Back may have gone further.)
  const settled = value === (seen.q ?? '') && sent.length === 0
  useEffect(() => {
    if (settled) return
    pending.current = window.setTimeout(() => go(value), TYPING_PAUSE_MS)
    return () => window.clearTimeout(pending.current)
  }, [value, settled])
  // Leaving the page (a link, Back; not our own search arriving) cancels a search about to start.
  useEffect(() => () => window.clearTimeout(pending.current), [left])

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
      className={cn('relative', className)}
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
        placeholder="Search"
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
