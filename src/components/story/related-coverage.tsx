import { ArrowDownUp, ExternalLink } from 'lucide-react'
import { useId, useRef, useState } from 'react'
import { Link } from 'react-router'
import { paths } from '../../config/paths.ts'
import { useFitsViewport } from '../../hooks/use-fits-viewport.ts'
import { useNewestStory } from '../../hooks/use-newest-story.ts'
import { cn } from '../../lib/cn.ts'
import { countStories } from '../../shared/count.ts'
import type { RelatedStory } from '../../shared/data.ts'
import { timelineDates } from '../../shared/timeline.ts'
import { httpUrl } from '../../shared/url.ts'
import { ProviderLogo } from '../provider-logo.tsx'

/**
 * Every related story as a timeline, newest or earliest first (the reader's choice, stated), each
 * dated (with the time where two share a day). A story that is itself in the collection links to
 * its story page; the others open the outlet's page in a new tab. The column is sticky only
 * while it fits the window; a long list flows with the page.
 */
export function RelatedCoverage({ stories }: { stories: RelatedStory[] }) {
  const headingId = useId()
  const ref = useRef<HTMLElement>(null)
  const fits = useFitsViewport(ref)
  const [earliestFirst, setEarliestFirst] = useState(false)
  const newest = useNewestStory()
  const dated = timelineDates(stories, { earliestFirst, anchor: newest })
  return (
    <aside
      ref={ref}
      aria-labelledby={headingId}
      className={cn('self-start', fits && 'lg:sticky lg:top-4')}
    >
      <h2
        id={headingId}
        className="border-b border-ink/80 pb-2 text-xs font-semibold tracking-[0.12em] uppercase"
      >
        Related coverage
        {stories.length > 0 && (
          <span className="font-normal text-muted"> · {countStories(stories.length)}</span>
        )}
      </h2>
      {stories.length > 1 && (
        <button
          type="button"
          onClick={() => setEarliestFirst(!earliestFirst)}
          className="mt-2 ml-auto flex items-center gap-1 text-xs text-muted hover:text-accent"
        >
          <ArrowDownUp className="size-3.5" strokeWidth={1.75} aria-hidden="true" />
          {earliestFirst ? 'Earliest first' : 'Newest first'}
          <span className="sr-only">; show {earliestFirst ? 'newest' : 'earliest'} first</span>
        </button>
      )}
      {stories.length === 0 ? (
        <p className="py-4 text-sm text-muted">
          No other outlet’s coverage is listed for this story.
        </p>
      ) : (
        <ol
          aria-label={`Related coverage, ${earliestFirst ? 'earliest' : 'newest'} first`}
          className="relative mt-3 ml-2 border-l border-rule"
        >
          {dated.map(({ story: s, label }, i) => (
            <li key={`${s.url}-${i}`} className="relative pb-5 pl-5 last:pb-0">
              <span
                aria-hidden="true"
                className="absolute top-1.5 -left-[4.5px] size-2 rounded-full bg-rule ring-4 ring-paper"
              />
              <p className="mb-1 flex min-w-0 flex-wrap items-center gap-x-2 text-xs text-muted">
                {s.date && label && (
                  <time dateTime={s.date} className="font-medium text-ink/80 tabular-nums">
                    {label}
                  </time>
                )}
                <span className="inline-flex min-w-0 items-center gap-1.5">
                  <ProviderLogo provider={s.provider} size={16} />
                  <span className="truncate">{s.provider.name}</span>
                </span>
              </p>
              <h3 className="font-serif text-base leading-snug">
                {s.slug ? (
                  <Link
                    to={paths.article.href(s.slug)}
                    className="hover:text-accent hover:underline"
                  >
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
              </h3>
              {s.excerpt && (
                <p className="mt-1 line-clamp-2 text-sm leading-[1.55] text-muted">{s.excerpt}</p>
              )}
            </li>
          ))}
        </ol>
      )}
    </aside>
  )
}
