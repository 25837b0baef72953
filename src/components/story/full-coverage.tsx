import { ExternalLink } from 'lucide-react'
import { useId, useMemo, useRef } from 'react'
import { Link } from 'react-router'
import { paths } from '../../config/paths.ts'
import { useFitsViewport } from '../../hooks/use-fits-viewport.ts'
import { useNewestStory } from '../../hooks/use-newest-story.ts'
import { cn } from '../../lib/cn.ts'
import { countOutlets, countStories } from '../../shared/count.ts'
import { fullCoverage, type CoverageReport } from '../../shared/coverage.ts'
import type { ArticleDetail } from '../../shared/data.ts'
import { duration, shortDate } from '../../shared/format-date.ts'
import { httpUrl } from '../../shared/url.ts'
import { ProviderLogo } from '../provider-logo.tsx'

/**
 * "Full coverage": this story, its related stories and the rest of its story cluster, by outlet
 * (in the order they first reported), each outlet's reports in time order, the first report
 * marked. Each outlet's row has a strip showing when it published within the coverage's span:
 * read down the rows, a timeline of who reported when (the dates are written out beside each
 * report; the strips repeat them as a picture). A story that is itself in the collection links
 * to its page; the others open the outlet's page in a new tab. The column is sticky only while
 * it fits the window.
 */
export function FullCoverage({ article }: { article: ArticleDetail }) {
  const headingId = useId()
  const ref = useRef<HTMLElement>(null)
  const fits = useFitsViewport(ref)
  const newest = useNewestStory()
  const coverage = useMemo(
    () =>
      fullCoverage(
        {
          title: article.title,
          date: article.date,
          url: article.url,
          provider: article.provider,
          slug: article.slug,
        },
        [...article.related, ...(article.clusterCoverage ?? [])],
        { anchor: newest },
      ),
    [article, newest],
  )
  const { outlets, span, first } = coverage
  const alone = coverage.stories === 1
  return (
    <aside
      ref={ref}
      id="coverage"
      aria-labelledby={headingId}
      className={cn('self-start', fits && 'lg:sticky lg:top-4')}
    >
      <h2
        id={headingId}
        className="border-b border-ink/80 pb-2 text-xs font-semibold tracking-[0.12em] uppercase"
      >
        Full coverage
        {!alone && (
          <span className="font-normal text-muted">
            {' '}
            · {countStories(coverage.stories)}, {countOutlets(outlets.length)}
          </span>
        )}
      </h2>
      {alone ? (
        <p className="py-4 text-sm text-muted">
          No other outlet’s coverage is listed for this story.
        </p>
      ) : (
        <>
          {first && (
            <p className="mt-2 text-xs text-muted">
              First reported by{' '}
              <span className="font-medium text-ink/80">{first.story.provider.name}</span>
              {first.label && <>, {first.label}</>}
              {span && <> · over {duration(span.from, span.to)}</>}
            </p>
          )}
          {span && (
            <p
              aria-hidden="true"
              className="mt-3 ml-[1.625rem] flex justify-between text-[0.6875rem] text-muted tabular-nums"
            >
              <span>{shortDate(span.from, { withYear: false })}</span>
              <span>{shortDate(span.to, { withYear: false })}</span>
            </p>
          )}
          <ol aria-label="Outlets, earliest first" className="mt-1 flex flex-col gap-4">
            {outlets.map(({ provider, reports }) => (
              <li key={provider.domain}>
                <div className="flex min-w-0 items-center gap-2.5">
                  <ProviderLogo provider={provider} size={16} />
                  <h3 className="min-w-0 flex-1 truncate text-xs font-medium text-ink/80">
                    {provider.name}
                  </h3>
                  {span && <Strip reports={reports} />}
                </div>
                <ol className="mt-1.5 ml-[1.625rem] flex flex-col gap-3">
                  {reports.map((report, i) => (
                    <Report key={`${report.story.url}-${i}`} report={report} />
                  ))}
                </ol>
              </li>
            ))}
          </ol>
        </>
      )}
    </aside>
  )
}

/** Where an outlet's reports fall in the coverage's span: dots on a line (a picture only). */
function Strip({ reports }: { reports: CoverageReport[] }) {
  return (
    <span aria-hidden="true" className="relative h-3 w-24 shrink-0">
      <span className="absolute inset-x-0 top-1/2 h-px bg-rule" />
      {reports.map(
        (r, i) =>
          r.at !== undefined && (
            <span
              key={i}
              className={cn(
                'absolute top-1/2 size-2 -translate-x-1/2 -translate-y-1/2 rounded-full ring-2 ring-paper',
                r.first ? 'bg-accent' : r.self ? 'bg-ink' : 'bg-muted',
              )}
              style={{ left: `${r.at * 100}%` }}
            />
          ),
      )}
    </span>
  )
}

function Report({ report: { story: s, label, self, first } }: { report: CoverageReport }) {
  return (
    <li>
      <p className="mb-0.5 flex flex-wrap items-center gap-x-2 text-xs text-muted">
        {s.date && label && (
          <time dateTime={s.date} className="font-medium text-ink/80 tabular-nums">
            {label}
          </time>
        )}
        {first && <span className="font-semibold text-accent">First report</span>}
        {self && <span className="font-semibold text-ink">This story</span>}
      </p>
      <h4 className="font-serif text-base leading-snug">
        {self ? (
          <span aria-current="page">{s.title}</span>
        ) : s.slug ? (
          <Link to={paths.article.href(s.slug)} className="hover:text-accent hover:underline">
            {s.title}
          </Link>
        ) : httpUrl(s.url) !== undefined ? (
          <a
            href={s.url}
            target="_blank"
            rel="noopener noreferrer"
            className="hover:text-accent hover:underline"
          >
            {s.title}
            <ExternalLink
              className="ml-1 inline size-3 align-baseline text-muted"
              aria-hidden="true"
            />
            <span className="sr-only"> (opens in a new tab)</span>
          </a>
        ) : (
          s.title
        )}
      </h4>
      {s.excerpt && !self && (
        <p className="mt-1 line-clamp-2 text-sm leading-[1.55] text-muted">{s.excerpt}</p>
      )}
    </li>
  )
}
