import { useQueryClient, useSuspenseQueries, useSuspenseQuery } from '@tanstack/react-query'
import { useEffect, useMemo } from 'react'
import { useNavigation } from 'react-router'
import { useFeedFilters } from '../hooks/use-feed-filters.ts'
import { cn } from '../lib/cn.ts'
import { facetIndexQuery, facetsQuery, shardQuery } from '../queries/data-queries.ts'
import { cardsById, clampPage, feedResultQuery } from '../queries/feed-queries.ts'
import type { Facets, Provider, Topic } from '../shared/data.ts'
import { PAGE_SIZE, withSearch } from '../shared/feed-params.ts'
import { pageSlice, resolveFeedQuery, type FeedQuery } from '../shared/feed-query.ts'
import { daysBetween, nearestRange } from '../shared/date-range.ts'
import { countArticles, shortDate } from '../shared/format-date.ts'
import { ArticleCard } from './article-card.tsx'
import { EmptyFeed } from './feed-states.tsx'
import { ActiveFilters, type Chip } from './filters/active-filters.tsx'
import { FilterDrawer } from './filters/filter-drawer.tsx'
import { FilterPanel } from './filters/filter-panel.tsx'
import { SortSelect } from './filters/sort-select.tsx'
import { Pagination } from './pagination.tsx'

interface FeedViewProps {
  /** The fixed topic of a topic page, or provider of a source page. */
  baseTopic?: Topic
  baseProvider?: Provider
  /** Id of the page's h1, which names the feed region. */
  labelledBy: string
}

/** A filterable, paged grid of story cards whose whole state lives in the URL. */
export function FeedView({ baseTopic, baseProvider, labelledBy }: FeedViewProps) {
  const actions = useFeedFilters()
  const { filters, setSort, clearAll, pageSearch } = actions
  const queryClient = useQueryClient()
  const { data: facets } = useSuspenseQuery(facetsQuery())
  const q = useMemo(
    () =>
      resolveFeedQuery(filters, facets, {
        baseTopic: baseTopic?.id,
        baseProvider: baseProvider?.id,
      }),
    [filters, facets, baseTopic, baseProvider],
  )
  const { data: result } = useSuspenseQuery(feedResultQuery(queryClient, q))
  const page = clampPage(result, filters.page)
  const slice = pageSlice(result.ids, page, PAGE_SIZE, facets.shardSize)
  const shards = useSuspenseQueries({ queries: slice.shards.map((n) => shardQuery(n)) })
  const cards = cardsById(slice.ids, facets.shardSize, (n) => shards[slice.shards.indexOf(n)]?.data)
  const total = result.ids.length
  const busy = useNavigation().state === 'loading'

  // Filtering needs the facet index: fetch it once the first cards are on screen.
  useEffect(() => {
    const id = setTimeout(() => void queryClient.prefetchQuery(facetIndexQuery()), 300)
    return () => clearTimeout(id)
  }, [queryClient])

  const chips = activeChips(facets, q, actions)
  const panel = (
    <FilterPanel
      facets={facets}
      result={result}
      filters={filters}
      onToggleTopic={actions.toggleTopic}
      onToggleSource={actions.toggleSource}
      onExcludeTopic={actions.excludeTopic}
      onExcludeSource={actions.excludeSource}
      update={actions.update}
      baseTopic={baseTopic?.id}
      baseProvider={baseProvider?.id}
    />
  )

  return (
    <div className="lg:grid lg:grid-cols-[240px_minmax(0,1fr)] lg:gap-12">
      <aside aria-label="Filters" className="hidden lg:block">
        <div className="sticky top-6 max-h-[calc(100dvh-3rem)] overflow-y-auto pr-2 pb-6">
          {panel}
        </div>
      </aside>
      <section aria-labelledby={labelledBy} className="min-w-0">
        <div className="mb-6 flex flex-wrap items-center gap-x-4 gap-y-3">
          <p role="status" className="text-sm font-medium tabular-nums">
            {countArticles(total)}
          </p>
          <ActiveFilters chips={chips} onClearAll={clearAll} />
          <div className="ml-auto flex items-center gap-2 sm:gap-3">
            <FilterDrawer activeCount={chips.length}>{panel}</FilterDrawer>
            <SortSelect value={filters.sort} onChange={setSort} searching={!!filters.q} />
          </div>
        </div>
        {cards.length === 0 ? (
          <EmptyFeed
            heading={
              filters.q && chips.length === 1
                ? 'No stories match your search'
                : 'No stories match these filters'
            }
            description={describeFilters(facets, q.topics, q.providers, filters.q)}
            onClear={chips.length > 0 ? clearAll : undefined}
            suggestion={dateSuggestion(facets, actions)}
          />
        ) : (
          <CardGrid
            cards={cards}
            facets={facets}
            lead={page === 1 && !filters.q}
            busy={busy}
            highlight={result.terms}
          />
        )}
        <Pagination page={page} pageCount={Math.ceil(total / PAGE_SIZE)} hrefFor={pageSearch} />
      </section>
    </div>
  )
}

function CardGrid({
  cards,
  facets,
  lead,
  busy,
  highlight,
}: {
  cards: ReturnType<typeof cardsById>
  facets: Facets
  lead: boolean
  busy: boolean
  highlight?: readonly string[]
}) {
  const withLead = lead && cards.length >= 3
  return (
    <ol
      aria-busy={busy}
      className={cn(
        'grid grid-cols-1 gap-x-8 gap-y-10 transition-opacity sm:grid-cols-2 xl:grid-cols-3',
        busy && 'opacity-60',
      )}
    >
      {cards.map((card, i) => (
        <li
          key={card.id}
          className={cn(
            'flex border-t border-rule pt-4',
            withLead && i === 0 && 'sm:col-span-2 xl:row-span-2',
          )}
        >
          <ArticleCard
            className="w-full"
            card={card}
            provider={facets.providers[card.provider]!}
            topics={card.topics.map((t) => facets.topics[t]!)}
            variant={withLead && i === 0 ? 'lead' : 'standard'}
            eagerImage={i < 3}
            highlight={highlight}
          />
        </li>
      ))}
    </ol>
  )
}

function activeChips(
  facets: Facets,
  q: FeedQuery,
  actions: ReturnType<typeof useFeedFilters>,
): Chip[] {
  const { filters, update } = actions
  const topic = (id: number) => facets.topics[id]!
  const provider = (id: number) => facets.providers[id]!
  const range =
    filters.from && filters.to
      ? `${shortDay(filters.from)} – ${shortDay(filters.to)}`
      : filters.from
        ? `Since ${shortDay(filters.from)}`
        : filters.to
          ? `Until ${shortDay(filters.to)}`
          : undefined
  const chips: (Chip | false | undefined)[] = [
    filters.q !== undefined && {
      key: 'q',
      label: filters.q.includes('"') ? filters.q : `“${filters.q}”`,
      kind: 'search',
      onRemove: () => actions.show(withSearch(filters, '')),
    },
    ...q.topics.map((id) => ({
      key: `topic:${id}`,
      label: topic(id).name,
      kind: 'topic',
      onRemove: () => actions.toggleTopic(topic(id).slug),
    })),
    ...q.providers.map((id) => ({
      key: `source:${id}`,
      label: provider(id).name,
      kind: 'source',
      onRemove: () => actions.toggleSource(provider(id).domain),
    })),
    ...q.excludeTopics.map((id) => ({
      key: `-topic:${id}`,
      label: topic(id).name,
      kind: 'excluded topic',
      struck: true,
      onRemove: () => actions.excludeTopic(topic(id).slug),
    })),
    ...q.excludeProviders.map((id) => ({
      key: `-source:${id}`,
      label: provider(id).name,
      kind: 'excluded source',
      struck: true,
      onRemove: () => actions.excludeSource(provider(id).domain),
    })),
    range !== undefined && {
      key: 'date',
      label: range,
      kind: 'date',
      onRemove: () => update({ from: undefined, to: undefined }),
    },
    filters.minQuality !== undefined && {
      key: 'quality',
      label: `Quality ${filters.minQuality}+`,
      kind: 'quality',
      onRemove: () => update({ minQuality: undefined }),
    },
    filters.minHeat !== undefined && {
      key: 'heat',
      label: `Heat ${filters.minHeat}+`,
      kind: 'heat',
      onRemove: () => update({ minHeat: undefined }),
    },
    filters.publishedOnly && {
      key: 'published',
      label: 'Published only',
      kind: 'published',
      onRemove: () => update({ publishedOnly: false }),
    },
  ]
  return chips.filter((c): c is Chip => !!c)
}

/** For a date range outside the corpus: how far off it is, and the nearest range with stories. */
function dateSuggestion(facets: Facets, { filters, update }: ReturnType<typeof useFeedFilters>) {
  if (!(filters.from || filters.to) || !facets.newest || !facets.oldest) return undefined
  const near = nearestRange(filters, facets.newest, facets.oldest)
  if (!near) return undefined
  const after = near.to.startsWith(facets.newest.slice(0, 10))
  const text = after
    ? `The newest story is from ${shortDate(facets.newest, undefined, 'UTC')}, ${daysBetween(facets.newest, filters.from!)} days before this range.`
    : `The oldest story is from ${shortDate(facets.oldest, undefined, 'UTC')}, ${daysBetween(filters.to!, facets.oldest)} days after this range.`
  return {
    text,
    action: `Show ${shortDay(near.from)} – ${shortDay(near.to)}`,
    onApply: () => update(near),
  }
}

const shortDay = (day: string) => shortDate(`${day}T00:00:00Z`, undefined, 'UTC')

/** `matches “chips” and is about AI or Robotics from The Guardian`: what the view asks for. */
function describeFilters(
  facets: Facets,
  topics: number[],
  providers: number[],
  search?: string,
): string | undefined {
  const about = topics.map((id) => facets.topics[id]!.name).join(' or ')
  const from = providers.map((id) => facets.providers[id]!.name).join(' or ')
  const scope = [about && `about ${about}`, from && `from ${from}`].filter(Boolean).join(' ')
  const text = [search && `matches “${search}”`, scope && `is ${scope}`]
    .filter(Boolean)
    .join(' and ')
  return text || undefined
}
