import { useSuspenseQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { Link } from 'react-router'
import { PageMeta } from '../../components/page-meta.tsx'
import { paths } from '../../config/paths.ts'
import { facetsQuery } from '../../queries/data-queries.ts'
import { foldForSearch } from '../../shared/facet-options.ts'

export function TopicsRoute() {
  const { data: facets } = useSuspenseQuery(facetsQuery())
  const [filter, setFilter] = useState('')
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
          <p className="text-sm text-muted">{facets.topics.length} topics, by number of stories</p>
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
          <li key={t.slug} className="border-b border-rule">
            <Link
              to={paths.topic.href(t.slug)}
              className="flex items-baseline justify-between gap-3 py-3 hover:text-accent"
            >
              <span className="font-serif text-lg">{t.name}</span>
              <span className="text-sm text-muted tabular-nums">
                {t.count}
                <span className="sr-only"> {t.count === 1 ? 'article' : 'articles'}</span>
              </span>
            </Link>
          </li>
        ))}
      </ul>
      {shown.length === 0 && <p className="py-6 text-muted">No topic matches “{filter}”.</p>}
    </section>
  )
}
