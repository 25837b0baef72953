import { matchPath, useLocation } from 'react-router'
import { paths } from '../config/paths.ts'
import { cn } from '../lib/cn.ts'

/** Ids the skip links go to: the page's main landmark, and a feed page's stories and filters. */
export const SKIP_TARGETS = { main: 'main', stories: 'stories', filters: 'filters' } as const

const FEED_PAGES = [paths.feed.pattern, paths.topic.pattern, paths.source.pattern]

const linkClass =
  'sr-only focus:not-sr-only focus:fixed focus:top-3 focus:left-3 focus:z-50 focus:rounded-sm focus:bg-ink focus:px-4 focus:py-2 focus:text-paper'

/**
 * The first Tab stops of every page. On a feed page they go straight to the stories (Tab once
 * more and the first headline has focus) and, on a desktop, to the filter column. A target a
 * view lacks (no stories in an empty result) falls back to the main landmark.
 */
export function SkipLinks() {
  const { pathname } = useLocation()
  const feed = FEED_PAGES.some((pattern) => matchPath(pattern, pathname))
  return (
    <>
      <SkipLink to={feed ? SKIP_TARGETS.stories : SKIP_TARGETS.main}>
        {feed ? 'Skip to stories' : 'Skip to content'}
      </SkipLink>
      {feed && (
        <SkipLink to={SKIP_TARGETS.filters} className="max-lg:hidden">
          Skip to filters
        </SkipLink>
      )}
    </>
  )
}

function SkipLink({
  to,
  className,
  children,
}: {
  to: string
  className?: string
  children: string
}) {
  return (
    <a
      href={`#${to}`}
      className={cn(linkClass, className)}
      onClick={(e) => {
        e.preventDefault()
        const target = document.getElementById(to) ?? document.getElementById(SKIP_TARGETS.main)
        target?.focus()
      }}
    >
      {children}
    </a>
  )
}
