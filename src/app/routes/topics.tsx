import { useQuery, useSuspenseQuery } from '@tanstack/react-query'
import { useMemo, useState } from 'react'
import { Sparkline } from '../../components/charts/sparkline.tsx'
import { Link } from 'react-router'
import { PageMeta } from '../../components/page-meta.tsx'
import { paths } from '../../config/paths.ts'
import { facetIndexQuery, facetsQuery } from '../../queries/data-queries.ts'
import { foldForSearch } from '../../shared/facet-options.ts'
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
      <ul className="grid gap-x-8 sm:grid-cols-2 lg:grid-cols-3">
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
