import { useQuery } from '@tanstack/react-query'
import { Link, NavLink } from 'react-router'
import { paths } from '../config/paths.ts'
import { cn } from '../lib/cn.ts'
import { facetsQuery } from '../queries/data-queries.ts'
import { SearchBox } from './search-box.tsx'

const monthYear = new Intl.DateTimeFormat(undefined, { month: 'short', year: 'numeric' })
const today = new Intl.DateTimeFormat(undefined, {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
})

/** The masthead: the name in the serif between thin rules, today's date and the corpus span. */
export function SiteHeader() {
  const { data: facets } = useQuery(facetsQuery())
  const span =
    facets?.oldest && facets.newest
      ? `${monthYear.format(new Date(facets.oldest))} – ${monthYear.format(new Date(facets.newest))}`
      : undefined
  return (
    <header className="border-b border-ink/80">
      <div className="mx-auto max-w-[1440px] px-4 sm:px-6 lg:px-10">
        <div className="flex flex-col items-center gap-1 border-b border-rule py-5 sm:flex-row sm:items-end sm:justify-between sm:py-6">
          <Link
            to={paths.feed.href()}
            className="font-serif text-[40px] leading-none font-semibold tracking-tight sm:text-[52px]"
          >
            Broadsheet
          </Link>
          <p className="text-center text-xs tracking-[0.08em] text-muted uppercase sm:text-right">
            <span className="block">{today.format(new Date())}</span>
            {span && (
              <span className="block tabular-nums">
                {facets!.articleCount.toLocaleString()} stories · {span}
              </span>
            )}
          </p>
        </div>
        <div className="flex flex-col items-stretch gap-2 py-2.5 sm:flex-row sm:items-center sm:justify-between">
          <nav aria-label="Sections" className="flex justify-center gap-6 text-sm sm:justify-start">
            <Section to={paths.feed.href()} end>
              Latest
            </Section>
            <Section to={paths.topics.href()}>Topics</Section>
            <Section to={paths.sources.href()}>Sources</Section>
          </nav>
          <SearchBox />
        </div>
      </div>
    </header>
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
