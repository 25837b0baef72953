import { ExternalLink } from 'lucide-react'
import { useId } from 'react'
import { Link } from 'react-router'
import { paths } from '../../config/paths.ts'
import type { RelatedStory } from '../../shared/data.ts'
import { isHttpUrl } from '../../shared/url.ts'
import { ProviderLogo } from '../provider-logo.tsx'
import { RelativeTime } from '../relative-time.tsx'

/**
 * Every related story, newest first, as a timeline. A story that is itself in the collection
 * links to its story page; the others open the outlet's page in a new tab.
 */
export function RelatedCoverage({ stories }: { stories: RelatedStory[] }) {
  const headingId = useId()
  return (
    <aside
      aria-labelledby={headingId}
      className="lg:sticky lg:top-6 lg:max-h-[calc(100dvh-3rem)] lg:overflow-y-auto"
    >
      <h2
        id={headingId}
        className="border-b border-ink/80 pb-2 text-xs font-semibold tracking-[0.12em] uppercase"
      >
        Related coverage
      </h2>
      {stories.length === 0 ? (
        <p className="py-4 text-sm text-muted">
          No other outlet’s coverage is listed for this story.
        </p>
      ) : (
        <ol className="relative mt-4 ml-2 border-l border-rule">
          {stories.map((s, i) => (
            <li key={`${s.url}-${i}`} className="relative pb-6 pl-5 last:pb-0">
              <span
                aria-hidden="true"
                className="absolute top-1.5 -left-[4.5px] size-2 rounded-full bg-rule ring-4 ring-paper"
              />
              <p className="mb-1 flex min-w-0 items-center gap-2 text-xs text-muted">
                <ProviderLogo provider={s.provider} size={16} />
                <span className="truncate font-medium text-ink/80">{s.provider.name}</span>
                {s.date && (
                  <>
                    <span aria-hidden="true">·</span>
                    <RelativeTime date={s.date} className="shrink-0" />
                  </>
                )}
              </p>
              <h3 className="font-serif text-base leading-snug">
                {s.slug ? (
                  <Link
                    to={paths.article.href(s.slug)}
                    className="hover:text-accent hover:underline"
                  >
                    {s.title}
                  </Link>
                ) : isHttpUrl(s.url) ? (
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
                <p className="mt-1 line-clamp-3 text-sm leading-[1.55] text-muted">{s.excerpt}</p>
              )}
            </li>
          ))}
        </ol>
      )}
    </aside>
  )
}
