import { Search } from 'lucide-react'
import { useEffect, useId, useRef, useState } from 'react'
import { useLocation, useMatch, useNavigate } from 'react-router'
import { paths } from '../config/paths.ts'
import { feedSearch, parseFeedParams, withSearch } from '../shared/feed-params.ts'

/** Wait this long after the last keystroke before searching. */
const TYPING_PAUSE_MS = 180

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
  // Follow the URL (Back, a cleared chip), but never undo what is being typed.
  if (urlQ !== seenUrlQ) {
    setSeenUrlQ(urlQ)
    if (urlQ !== undefined && urlQ.trim() !== value.trim()) setValue(urlQ)
  }

  const go = (text: string) => {
    const current = parseFeedParams(new URLSearchParams(onFeed ? location.search : ''))
    if ((current.q ?? '') === text.trim()) return
    navigate(paths.feed.href(feedSearch(withSearch(current, text))), {
      replace: onFeed && !!current.q && !!text.trim(),
      preventScrollReset: onFeed,
    })
  }

  useEffect(() => {
    if (!onFeed && !value.trim()) return
    const t = setTimeout(() => go(value), TYPING_PAUSE_MS)
    return () => clearTimeout(t)
    // `go` reads the location at call time; only the typed value starts a search.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [value])

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
        go(value)
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
