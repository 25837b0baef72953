import { useQuery, useSuspenseQuery } from '@tanstack/react-query'
import { useMemo, useState } from 'react'
import { Sparkline } from '../../components/charts/sparkline.tsx'
import { Link } from 'react-router'
import { PageMeta } from '../../components/page-meta.tsx'
import { paths } from '../../config/paths.ts'
import { facetIndexQuery, facetsQuery } from '../../queries/data-queries.ts'
import { foldForSearch } from '../../shared/facet-options.ts'
import { shortDate } from '../../shared/format-date.ts'
import {
  historyDaysOf,
  historyText,
  RECENT_DAYS,
  rising,
  risingTopics,
} from '../../shared/rising.ts'
import { volumeByTopic } from '../../shared/volume.ts'

export function TopicsRoute() {
  const { data: facets } = useSuspenseQuery(facetsQuery())
  const [filter, setFilter] = useState('')
  // The sparklines come with the facet index (the feed's; one more file when opened first).
  const { data: index } = useQuery(facetIndexQuery())
  const volumes = useMemo(
    () => (index ? volumeByTopic(index, facets.topics.length) : undefined),
    [index, facets.topics.length],
  )
  const rises = useMemo(() => (index ? risingTopics(rising(index, facets)) : []), [index, facets])
  const shown = facets.topics.filter((t) =>
    foldForSearch(t.name).includes(foldForSearch(filter.trim())),
  )
  return (
    <section aria-labelledby="topics-title" className="mx-auto max-w-5xl">
      <PageMeta
        title="Topics"
        description={`All ${facets.topics.length} topics of this news digest.`}
      />
      <header className="mb-8 flex flex-wrap items-end justify-between gap-4 border-b border-rule pb-4">
        <div>
          <h1 id="topics-title" className="font-serif text-[2.5rem] leading-[1.1] tracking-tight">
            Topics
          </h1>
          <p className="text-sm text-muted">
            {facets.topics.length} topics, by number of stories; the bars are their last two years
          </p>
        </div>
        <input
          type="search"
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
          aria-label="Filter topics"
          placeholder="Find a topic…"
          className="w-64 rounded-sm border border-rule bg-paper px-3 py-1.5 text-sm placeholder:text-muted"
        />
      </header>
      {rises.length > 0 && facets.newest && !filter && (
        <section aria-labelledby="rising-title" className="mb-10">
          <h2
            id="rising-title"
            className="border-b border-ink/80 pb-2 text-xs font-semibold tracking-[0.12em] uppercase"
          >
            Rising
          </h2>
          <p className="mt-2 text-xs text-muted">
            Topics with more stories, and hotter ones, in the {RECENT_DAYS} days up to the newest
            story ({shortDate(facets.newest)}) than in {historyText(historyDaysOf(facets))}.
          </p>
          <ol className="mt-3 flex flex-wrap gap-x-6 gap-y-2">
            {rises.map(({ topic, rise }) => {
              const t = facets.topics[topic]!
              return (
                <li key={t.slug}>
                  <Link
                    to={`${paths.topic.href(t.slug)}?sort=rising`}
                    className="group inline-flex items-baseline gap-2"
                  >
                    <span className="font-serif text-lg group-hover:text-accent group-hover:underline">
                      {t.name}
                    </span>
                    <span
                      aria-hidden="true"
                      className="text-sm font-medium text-accent tabular-nums"
                    >
                      ×{rise.toFixed(1)}
                    </span>
                    <span className="sr-only">{rise.toFixed(1)} times its usual rate</span>
                  </Link>
                </li>
              )
            })}
          </ol>
        </section>
      )}
      <ul aria-label="All topics" className="grid gap-x-8 sm:grid-cols-2 lg:grid-cols-3">
        {shown.map((t) => (
          <li key={t.slug} className="flex items-center gap-3 border-b border-rule">
            <Link
              to={paths.topic.href(t.slug)}
              className="flex flex-1 items-baseline justify-between gap-3 py-3 hover:text-accent"
            >
              <span className="font-serif text-lg">{t.name}</span>
              <span className="text-sm text-muted tabular-nums">
                {t.count}
                <span className="sr-only"> {t.count === 1 ? 'article' : 'articles'}</span>
              </span>
            </Link>
            {/* Beside the link, not in it: the link's name stays the topic and its count. */}
            {volumes && <Sparkline volume={volumes[t.id]!} name={t.name} />}
          </li>
        ))}
      </ul>
      {shown.length === 0 && <p className="py-6 text-muted">No topic matches “{filter}”.</p>}
    </section>
  )
}
