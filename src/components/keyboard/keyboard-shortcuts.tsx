import { useQueryClient, type QueryClient } from '@tanstack/react-query'
import { Keyboard } from 'lucide-react'
import { useEffect, useState } from 'react'
import { useNavigate, type NavigateFunction } from 'react-router'
import { paths } from '../../config/paths.ts'
import { MARK_PAGE_READ } from '../../hooks/use-personal-feed.ts'
import { overlayOpen } from '../../lib/popover.ts'
import { articleQuery } from '../../queries/data-queries.ts'
import {
  createKeyReader,
  isTypingTarget,
  stepStory,
  type ShortcutAction,
} from '../../shared/shortcuts.ts'
import { httpUrl } from '../../shared/url.ts'
import { ShortcutsDialog } from './shortcuts-dialog.tsx'

/** The headline links of the stories on screen, in order (cards and list rows mark theirs). */
const storyLinks = () => [
  ...document.querySelectorAll<HTMLAnchorElement>('#stories a[data-story-link]'),
]
const storyOf = (link: HTMLElement) => link.closest('article') ?? link

/** The story holding focus (its link or anything in its card), else -1. */
function focusedStory(links: HTMLAnchorElement[]) {
  const active = document.activeElement
  return active ? links.findIndex((l) => storyOf(l).contains(active)) : -1
}
/** The first story not wholly scrolled above the screen. */
const firstOnScreen = (links: HTMLAnchorElement[]) =>
  Math.max(
    0,
    links.findIndex((l) => storyOf(l).getBoundingClientRect().bottom > 0),
  )

interface Context {
  navigate: NavigateFunction
  queryClient: QueryClient
  openHelp: () => void
}

/** Does what a shortcut says, on the page as it is now. */
function run(action: ShortcutAction, { navigate, queryClient, openHelp }: Context) {
  const links = storyLinks()
  const current = focusedStory(links)
  const move = (direction: 1 | -1) => {
    const from = current >= 0 ? current : firstOnScreen(links) - (direction === 1 ? 1 : 0)
    const target = stepStory(from, direction, links.length)
    const link = target === null ? undefined : links[target]
    if (!link) return
    const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches
    storyOf(link).scrollIntoView({ block: 'nearest', behavior: reduce ? 'auto' : 'smooth' })
    link.focus({ preventScroll: true })
  }
  switch (action) {
    case 'next':
      return move(1)
    case 'previous':
      return move(-1)
    case 'open':
      return links[current]?.click()
    case 'original':
      return openOriginal(links[current]?.dataset.storyLink, queryClient)
    case 'save':
    case 'read':
      return press(action, current >= 0 ? storyOf(links[current]!) : storyPage())
    case 'readAll':
      return void document.dispatchEvent(new Event(MARK_PAGE_READ))
    case 'saved':
      return void navigate(paths.saved.href())
    case 'home':
      return void navigate(paths.feed.href())
    case 'topics':
      return void navigate(paths.topics.href())
    case 'sources':
      return void navigate(paths.sources.href())
    case 'settings':
      return void navigate(paths.settings.href())
    case 'help':
      return openHelp()
    case 'search':
      return // The search box's own key.
  }
}

/** A story page's story, when this is one. */
const storyPage = () => document.querySelector('article[aria-labelledby="story-title"]')

/** Presses a story's own save or read button (article-card.tsx, save-button.tsx). */
function press(action: 'save' | 'read', story: Element | null) {
  story?.querySelector<HTMLButtonElement>(`button[data-shortcut="${action}"]`)?.click()
}

/** The focused story's original, or on a story page its "Read at" link, in a new tab. */
function openOriginal(slug: string | undefined, queryClient: QueryClient) {
  const readAt = document.querySelector<HTMLAnchorElement>('a[data-shortcut="original"]')
  if (slug === undefined) return readAt?.click()
  // The tab is opened now, while the key press allows it, and sent on once the story is read.
  const tab = window.open('', '_blank')
  if (!tab) return
  tab.opener = null
  void queryClient.fetchQuery(articleQuery(slug)).then(
    (article) => {
      const url = httpUrl(article.url)
      if (url) tab.location.href = url
      else tab.close()
    },
    () => tab.close(),
  )
}

/**
 * The reader's keyboard: listens on the document and acts on `SHORTCUTS` (shared/shortcuts.ts),
 * never while the reader types in a field or a dialog is open; `/` is the search box's own.
 * Renders the footer's "Keyboard shortcuts" button and the help dialog.
 */
export function KeyboardShortcuts() {
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  const [helpOpen, setHelpOpen] = useState(false)

  useEffect(() => {
    const read = createKeyReader()
    const openHelp = () => setHelpOpen(true)
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.repeat || isTypingTarget(e.target as Element | null)) return
      if (overlayOpen()) return
      const result = read({
        key: e.key,
        ctrlKey: e.ctrlKey,
        metaKey: e.metaKey,
        altKey: e.altKey,
        shiftKey: e.shiftKey,
        time: e.timeStamp,
      })
      if (!result || ('action' in result && result.action === 'search')) return
      e.preventDefault()
      if ('action' in result) run(result.action, { navigate, queryClient, openHelp })
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  }, [navigate, queryClient])

  return (
    <>
      <button
        type="button"
        onClick={() => setHelpOpen(true)}
        aria-keyshortcuts="?"
        className="inline-flex items-center gap-1.5 rounded-sm px-1 hover:text-ink"
      >
        <Keyboard className="size-4" strokeWidth={1.75} aria-hidden="true" />
        Keyboard shortcuts
        <kbd className="rounded-sm border border-rule px-1 font-sans">?</kbd>
      </button>
      <ShortcutsDialog open={helpOpen} onClose={() => setHelpOpen(false)} />
    </>
  )
}
