import { useQuery } from '@tanstack/react-query'
import { Bookmark, Settings } from 'lucide-react'
import { Link, NavLink } from 'react-router'
import { paths } from '../config/paths.ts'
import { cn } from '../lib/cn.ts'
import { facetsQuery } from '../queries/data-queries.ts'
import { countStories } from '../shared/count.ts'
import { shortDate } from '../shared/format-date.ts'
import { OfflineNotice } from './display/app-status.tsx'
import { NewSince } from './display/new-since.tsx'
import { ThemeToggle } from './display/theme-toggle.tsx'
import { SearchBox } from './search-box.tsx'

const monthYear = new Intl.DateTimeFormat(undefined, { month: 'short', year: 'numeric' })
const edition = new Intl.DateTimeFormat(undefined, { dateStyle: 'full' })

/**
 * The masthead: the name in the serif between thin rules, the collection's size and span, and
 * the newest story's date (the "today" every relative date counts from). On a phone it is one
 * compact row, and the sections share a row with the search box: the whole header stays under
 * 100 px, so the stories start high on the first screen.
 */
export function SiteHeader() {
  const { data: facets } = useQuery(facetsQuery())
  const newest = facets?.newest
  return (
    <header className="border-b border-ink/80">
      <div className="mx-auto max-w-[1440px] px-4 sm:px-6 lg:px-10">
        <div className="mt-2 flex items-center justify-between gap-4 border-y border-ink/80 py-1.5 sm:mt-4 sm:items-end sm:py-4">
          <Link
            to={paths.feed.href()}
            className="font-serif text-[1.875rem] leading-none font-semibold tracking-tight sm:text-[3.25rem]"
          >
            Broadsheet
          </Link>
          <div className="flex items-center gap-2 sm:gap-4">
            {facets && newest && facets.oldest && (
              <p className="text-right text-[0.6875rem] leading-tight tracking-[0.08em] text-muted uppercase tabular-nums sm:text-xs">
                <span className="hidden sm:block">Latest {edition.format(new Date(newest))}</span>
                <span className="block">
                  {countStories(facets.articleCount)}
                  <span className="hidden sm:inline">
                    <NewSince /> · {monthYear.format(new Date(facets.oldest))} –{' '}
                    {monthYear.format(new Date(newest))}
                  </span>
                </span>
                {/* A phone has two short lines: the new stories' count, when any, takes the second. */}
                <span className="block sm:hidden">
                  <NewSince variant="line" fallback={`to ${shortDate(newest)}`} />
                </span>
              </p>
            )}
            {/* Full-size tap targets that do not make the masthead taller on a phone. */}
            <div className="-my-1 flex items-center sm:my-0 sm:-mb-1">
              {/* On a phone the theme is in the settings: the masthead keeps its two lines. */}
              <ThemeToggle className="max-sm:hidden" />
              <MastheadLink
                to={paths.saved.href()}
                label="Saved stories"
                title="Saved stories (g a)"
              >
                <Bookmark className="size-[1.125rem]" strokeWidth={1.75} aria-hidden="true" />
              </MastheadLink>
              <MastheadLink to={paths.settings.href()} label="Settings">
                <Settings className="size-[1.125rem]" strokeWidth={1.75} aria-hidden="true" />
              </MastheadLink>
            </div>
          </div>
        </div>
        <div className="flex items-center gap-3 py-1.5 sm:gap-6 sm:py-2.5">
          <nav aria-label="Sections" className="flex shrink-0 gap-3.5 text-sm sm:gap-6">
            <Section to={paths.feed.href()} end>
              Latest
            </Section>
            <Section to={paths.topics.href()}>Topics</Section>
            <Section to={paths.sources.href()}>Sources</Section>
          </nav>
          <SearchBox className="min-w-0 flex-1 sm:ml-auto sm:max-w-72" />
        </div>
        <OfflineNotice />
      </div>
    </header>
  )
}

/** One of the masthead's icon links, a full-size tap target. */
function MastheadLink({
  to,
  label,
  title = label,
  children,
}: {
  to: string
  label: string
  title?: string
  children: React.ReactNode
}) {
  return (
    <Link
      to={to}
      aria-label={label}
      title={title}
      className="grid size-9 shrink-0 place-items-center rounded-sm text-muted hover:bg-paper-raised hover:text-ink"
    >
      {children}
    </Link>
  )
}

function Section({ to, end, children }: { to: string; end?: boolean; children: string }) {
  return (
    <NavLink
      to={to}
      end={end}
      className={({ isActive }) =>
        cn(
          'border-b-2 py-1 font-medium tracking-wide hover:text-accent',
          isActive ? 'border-accent text-ink' : 'border-transparent text-muted',
        )
      }
    >
      {children}
    </NavLink>
  )
}
