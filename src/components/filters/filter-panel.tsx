import type { Facets } from '../../shared/data.ts'
import type { FacetOption } from '../../shared/facet-options.ts'
import type { FeedFilters } from '../../shared/feed-params.ts'
import type { FeedResult } from '../../shared/feed-query.ts'
import { ProviderLogo } from '../provider-logo.tsx'
import { FacetFieldset } from './facet-fieldset.tsx'
import { DateFieldset, SignalsFieldset } from './narrow-fieldsets.tsx'

interface FilterPanelProps {
  facets: Facets
  result: FeedResult
  filters: FeedFilters
  onToggleTopic: (slug: string) => void
  onToggleSource: (domain: string) => void
  onExcludeTopic: (slug: string) => void
  onExcludeSource: (domain: string) => void
  update: (change: Partial<FeedFilters>) => void
  /** On a topic page the topic itself is not a choice; on a source page, no source is. */
  baseTopic?: number
  baseProvider?: number
}

/** Topics and sources as checkbox lists whose counts follow the other active filters. */
export function FilterPanel({
  facets,
  result,
  filters,
  onToggleTopic,
  onToggleSource,
  onExcludeTopic,
  onExcludeSource,
  update,
  baseTopic,
  baseProvider,
}: FilterPanelProps) {
  const topics: FacetOption[] = facets.topics
    .filter((t) => t.id !== baseTopic)
    .map((t) => ({
      value: t.slug,
      label: t.name,
      count: result.topicCounts[t.id] ?? 0,
      checked: filters.topics.includes(t.slug),
      excluded: filters.excludeTopics.includes(t.slug),
    }))
  const sources: FacetOption[] = facets.providers.map((p) => ({
    value: p.domain,
    label: p.name,
    count: result.providerCounts[p.id] ?? 0,
    checked: filters.sources.includes(p.domain),
    excluded: filters.excludeSources.includes(p.domain),
  }))
  const providerByDomain = new Map(facets.providers.map((p) => [p.domain, p]))
  return (
    <div className="flex flex-col gap-8">
      {topics.length > 0 && (
        <FacetFieldset
          legend="Topics"
          name="topic"
          options={topics}
          onToggle={onToggleTopic}
          onExclude={onExcludeTopic}
        />
      )}
      {baseProvider === undefined && (
        <FacetFieldset
          legend="Sources"
          name="source"
          options={sources}
          onToggle={onToggleSource}
          onExclude={onExcludeSource}
          decorate={(o) => <ProviderLogo provider={providerByDomain.get(o.value)!} size={16} />}
        />
      )}
      <DateFieldset filters={filters} update={update} newest={facets.newest} />
      <SignalsFieldset filters={filters} update={update} />
    </div>
  )
}
