import { useSuspenseQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { Link } from 'react-router'
import { PageMeta } from '../../components/page-meta.tsx'
import { ProviderLogo } from '../../components/provider-logo.tsx'
import { paths } from '../../config/paths.ts'
import { facetsQuery } from '../../queries/data-queries.ts'
import { foldForSearch } from '../../shared/facet-options.ts'

export function SourcesRoute() {
  const { data: facets } = useSuspenseQuery(facetsQuery())
  const [filter, setFilter] = useState('')
  const needle = foldForSearch(filter.trim())
  const shown = facets.providers.filter(
    (p) => foldForSearch(p.name).includes(needle) || p.domain.includes(needle),
  )
  return (
    <section aria-labelledby="sources-title" className="mx-auto max-w-5xl">
      <PageMeta
        title="Sources"
        description={`All ${facets.providers.length} sources of this news digest.`}
      />
      <header className="mb-8 flex flex-wrap items-end justify-between gap-4 border-b border-rule pb-4">
        <div>
          <h1 id="sources-title" className="font-serif text-[2.5rem] leading-[1.1] tracking-tight">
            Sources
          </h1>
          <p className="text-sm text-muted">
            {facets.providers.length} publishers, by number of stories
          </p>
        </div>
        <input
          type="search"
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
          aria-label="Filter sources"
          placeholder="Find a source…"
          className="w-64 rounded-sm border border-rule bg-paper px-3 py-1.5 text-sm placeholder:text-muted"
        />
      </header>
      <ul aria-label="All sources" className="grid gap-x-8 sm:grid-cols-2 lg:grid-cols-3">
        {shown.map((p) => (
          <li key={p.domain} className="border-b border-rule">
            <Link
              to={paths.source.href(p.domain)}
              className="flex items-center gap-3 py-3 hover:text-accent"
            >
              <ProviderLogo provider={p} size={28} />
              <span className="min-w-0 flex-1">
                <span className="block truncate font-serif text-lg leading-tight">{p.name}</span>
                <span className="block truncate text-xs text-muted">{p.domain}</span>
              </span>
              <span className="text-sm text-muted tabular-nums">
                {p.count}
                <span className="sr-only"> {p.count === 1 ? 'article' : 'articles'}</span>
              </span>
            </Link>
          </li>
        ))}
      </ul>
      {shown.length === 0 && <p className="py-6 text-muted">No source matches “{filter}”.</p>}
    </section>
  )
}
