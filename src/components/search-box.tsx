import { Search } from 'lucide-react'
import { useEffect, useEffectEvent, useId, useRef, useState } from 'react'
import {
  useLocation,
  useMatch,
  useNavigate,
  useNavigation,
  useNavigationType,
  type Location,
} from 'react-router'
import { paths } from '../config/paths.ts'
import { cn } from '../lib/cn.ts'
import { feedSearch, MAX_QUERY_LENGTH, parseFeedParams, withSearch } from '../shared/feed-params.ts'
import { isTypingTarget } from '../shared/shortcuts.ts'

/*
 * Who decides what the box says, in one rule: the box owns its text while it has edits of its
 * own, otherwise the URL wins. An edit belongs to the history entry it was typed on; when the
 * box's own search lands, the edit moves on to the new entry (typing may have gone on meanwhile,
 * and an older search landing must not undo it). Any other navigation (a link, a chip, Back or
 * Forward) drops the edit and the search about to be sent, and the box shows the URL's `q`
 * again (empty on a page without a search).
 */

/** Wait this long after the last keystroke before searching. */
const TYPING_PAUSE_MS = 180

/** Tags the history entries the box navigates to. */
const OURS = { searchBox: true }
const isOurs = (location: Pick<Location, 'state'> | undefined) =>
  (location?.state as Partial<typeof OURS> | null | undefined)?.searchBox === true

interface Edit {
  text: string
  /** The key of the history entry the text belongs to. */
  on: string
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
  const navigation = useNavigation()
  // Back and Forward to an entry the box made are someone else's navigation.
  const landedOurs = useNavigationType() !== 'POP' && isOurs(location)
  const onFeed = useMatch(paths.feed.pattern) !== null
  const filters = parseFeedParams(new URLSearchParams(onFeed ? location.search : ''))

  const [edit, setEdit] = useState<Edit | null>(null)
  if (edit && edit.on !== location.key) {
    // A new entry: React's way to adjust state to it while rendering.
    setEdit(landedOurs ? { text: edit.text, on: location.key } : null)
  }
  const own = edit && edit.on === location.key ? edit.text : null
  const value = own ?? filters.q ?? ''

  /** A search held back until this render catches up with the router (see `send`). */
  const held = useRef(false)
  const send = (text: string) => {
    // The router has landed a navigation (its history entry is another) that React has not
    // drawn yet: deciding now, from the entry on screen, would push where it should replace.
    // Send once the new entry is drawn.
    const entry = (window.history.state as { key?: string } | null)?.key
    if (entry !== undefined && entry !== location.key) {
      held.current = true
      return
    }
    // Someone else's navigation is on its way: when it lands, it drops this text.
    if (navigation.location && !isOurs(navigation.location)) return
    const next = withSearch(filters, text)
    // What the URL says once the box's search on its way, if any, lands.
    const ahead = navigation.location
      ? parseFeedParams(new URLSearchParams(navigation.location.search)).q
      : filters.q
    if ((ahead ?? '') === (next.q ?? '')) return
    const same = (filters.q ?? '') === (next.q ?? '')
    // Emptied before a search from another page landed: stay on that page.
    if (same && !onFeed) {
      const { pathname, search, hash } = location
      navigate({ pathname, search, hash }, { replace: true, state: OURS })
      return
    }
    navigate(paths.feed.href(feedSearch(next)), {
      // One history entry per search: later texts replace it (and so does going back to the
      // search on screen, only to stop one on its way).
      replace: onFeed && (same || (!!filters.q && !!next.q)),
      // Keeps the scroll on the feed the reader sees; another page's search starts at the top.
      preventScrollReset: onFeed,
      state: OURS,
    })
  }
  // Reads the location when the typing pause ends, not when it began.
  const sendLater = useEffectEvent(send)

  const pending = useRef<number | undefined>(undefined)
  useEffect(() => {
    if (own === null) return
    pending.current = window.setTimeout(() => sendLater(own), TYPING_PAUSE_MS)
    return () => window.clearTimeout(pending.current)
  }, [own])
  // A held-back search goes now that the entry is drawn, with the text the box has on it (none
  // if another navigation dropped the edit).
  useEffect(() => {
    if (!held.current) return
    held.current = false
    if (own !== null) sendLater(own)
  }, [location.key, own])

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) return
      if (isTypingTarget(e.target as Element | null)) return
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
        send(value)
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
        onChange={(e) => setEdit({ text: e.target.value, on: location.key })}
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
          className="pointer-events-none absolute top-1/2 right-2 hidden -translate-y-1/2 rounded-[3px] border border-rule px-1.5 font-sans text-[0.6875rem] text-muted peer-focus:hidden sm:block"
        >
          /
        </kbd>
      )}
    </form>
  )
}
