import { useQueryClient, useSuspenseQueries, useSuspenseQuery } from '@tanstack/react-query'
import { useEffect, useMemo } from 'react'
import { useNavigation } from 'react-router'
import { useFeedFilters } from '../hooks/use-feed-filters.ts'
import { useMarkPageRead, usePersonalFeed } from '../hooks/use-personal-feed.ts'
import { useReader } from '../hooks/use-reader.ts'
import { seenBeforeThisVisit, setPreference } from '../lib/reader.ts'
import { facetIndexQuery, facetsQuery, shardQuery } from '../queries/data-queries.ts'
import { feedResultQuery } from '../queries/feed-queries.ts'
import { countArticles } from '../shared/count.ts'
import type { Provider, Topic } from '../shared/data.ts'
import { chipSummary, dateSuggestion, describeFilters, feedChips } from '../shared/feed-chips.ts'
import { pageCards, planFeedPage } from '../shared/feed-page.ts'
import { PAGE_SIZE, type View } from '../shared/feed-params.ts'
import { resolveFeedQuery } from '../shared/feed-query.ts'
import { feedTitle } from '../shared/feed-title.ts'
import { shortDate } from '../shared/format-date.ts'
import { seenFromIndex } from '../shared/new-since.ts'
import { historyDaysOf, risingExplained } from '../shared/rising.ts'
import { ClusterCheckbox, ClusterToggle } from './display/cluster-toggle.tsx'
import { HideReadToggle } from './display/hide-read-toggle.tsx'
import { ViewToggle } from './display/view-toggle.tsx'
import { EmptyFeed } from './feed-states.tsx'
import { ActiveFilters } from './filters/active-filters.tsx'
import { FilterDrawer } from './filters/filter-drawer.tsx'
import { FilterPanel } from './filters/filter-panel.tsx'
import { MutedNote } from './filters/muted-note.tsx'
import { SortSelect } from './filters/sort-select.tsx'
import { PageMeta } from './page-meta.tsx'
import { SKIP_TARGETS } from './skip-links.tsx'
import { Pagination } from './pagination.tsx'
import { StoryFeed } from './story-feed.tsx'
import { useFocusAfterRemoval } from '../hooks/use-focus-after-removal.ts'

interface FeedViewProps {
  /** The fixed topic of a topic page, or provider of a source page. */
  baseTopic?: Topic
  baseProvider?: Provider
  /** Id of the page's h1, which names the feed region. */
  labelledBy: string
  /** The page's meta description. */
  description?: string
}

const FEED_FOCUS = {
  items: 'article',
  target: 'a[data-story-link]',
  fallback: `#${SKIP_TARGETS.stories}`,
}

/** A filterable, paged grid of story cards whose whole state lives in the URL. */
export function FeedView({ baseTopic, baseProvider, labelledBy, description }: FeedViewProps) {
  const actions = useFeedFilters()
  const { filters, setSort, clearAll, pageSearch, show } = actions
  const queryClient = useQueryClient()
  const { data: facets } = useSuspenseQuery(facetsQuery())
  const personal = usePersonalFeed()
  // A story muted out of the feed takes focus with it: the story now in its place gets it.
  const section = useFocusAfterRemoval<HTMLElement>(FEED_FOCUS)
  const q = useMemo(
    () =>
      resolveFeedQuery(
        filters,
        facets,
        { baseTopic: baseTopic?.id, baseProvider: baseProvider?.id },
        personal,
      ),
    [filters, facets, baseTopic, baseProvider, personal],
  )
  const { data: result } = useSuspenseQuery(feedResultQuery(queryClient, q))
  const plan = planFeedPage(result.ids, filters.page, facets.shardSize)
  const { page } = plan
  const shards = useSuspenseQueries({ queries: plan.shards.map((n) => shardQuery(n)) })
  const cards = pageCards(plan, facets.shardSize, (n) => shards[plan.shards.indexOf(n)]?.data)
  useMarkPageRead(cards, facets)
  const seenFrom =
    filters.sort === 'newest'
      ? seenFromIndex(
          cards.map((c) => c.date),
          seenBeforeThisVisit,
        )
      : undefined
  const total = result.ids.length
  // The status counts articles, with one card standing for each story cluster.
  const articles = result.articles ?? total
  const busy = useNavigation().state === 'loading'
  // The URL's layout when it names one (a shared link), else the one the reader last chose.
  const remembered = useReader((state) => state.preferences.view)
  const view = filters.view ?? remembered
  const setView = (next: View) => {
    setPreference('view', next)
    show({ ...filters, view: next === 'list' ? 'list' : undefined })
  }

  const setClustered = (clustered: boolean) => show({ ...filters, clustered, page: 1 })

  // Filtering needs the facet index: fetch it once the first cards are on screen.
  useEffect(() => {
    const id = setTimeout(() => void queryClient.prefetchQuery(facetIndexQuery()), 300)
    return () => clearTimeout(id)
  }, [queryClient])

  const chips = feedChips(filters, q, facets)
  const summary = chipSummary(chips, filters.q)
  const suggestion = dateSuggestion(filters, facets)
  const title = feedTitle({
    baseTopic: baseTopic?.name,
    baseSource: baseProvider?.name,
    topics: q.topics.map((id) => facets.topics[id]!.name),
    sources: q.providers.map((id) => facets.providers[id]!.name),
    search: filters.q,
    page,
  })
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
    <div className="lg:grid lg:grid-cols-[260px_minmax(0,1fr)] lg:gap-10 xl:gap-12">
      <PageMeta title={title} description={description} />
      <aside
        id={SKIP_TARGETS.filters}
        tabIndex={-1}
        aria-label="Filters"
        className="hidden outline-none lg:block"
      >
        <div className="sticky top-4 -ml-1 max-h-[calc(100dvh-2rem)] overflow-y-auto pr-3 pb-6 pl-1">
          {panel}
        </div>
      </aside>
      <section ref={section} aria-labelledby={labelledBy} className="min-w-0">
        <div className="mb-3 flex flex-wrap items-center gap-x-3 gap-y-2 sm:mb-6 sm:gap-x-4">
          <p role="status" className="text-sm font-medium tabular-nums">
            {countArticles(articles)}
          </p>
          <ActiveFilters
            chips={chips}
            onRemove={(chip) => show(chip.without)}
            onClearAll={clearAll}
            className="max-sm:order-last max-sm:w-full"
          />
          <div className="ml-auto flex items-center gap-2 sm:gap-3">
            <FilterDrawer activeCount={summary.panelCount} resultCount={articles}>
              <ClusterCheckbox
                value={filters.clustered}
                onChange={setClustered}
                className="sm:hidden"
              />
              {panel}
            </FilterDrawer>
            <SortSelect value={filters.sort} onChange={setSort} searching={!!filters.q} />
            {/* A phone's toolbar has no room for it: its filter drawer has it instead. */}
            <span className="max-sm:hidden">
              <ClusterToggle value={filters.clustered} onChange={setClustered} />
            </span>
            <HideReadToggle
              value={filters.unreadOnly}
              onChange={(unreadOnly) => show({ ...filters, unreadOnly, page: 1 })}
            />
            <ViewToggle value={view} onChange={setView} />
          </div>
          {filters.sort === 'rising' && facets.newest && (
            <p className="w-full text-xs text-muted">
              {risingExplained(shortDate(facets.newest), historyDaysOf(facets))}
            </p>
          )}
          <MutedNote
            count={result.muted ?? 0}
            showing={filters.showMuted}
            onShow={(showMuted) => show({ ...filters, showMuted, page: 1 })}
          />
        </div>
        {cards.length === 0 ? (
          // The skip link's target while there are no stories: what to do about it.
          <div id={SKIP_TARGETS.stories} tabIndex={-1} className="outline-none">
            <EmptyFeed
              heading={summary.emptyHeading}
              description={describeFilters(facets, q, filters.q)}
              exclusions={summary.exclusions.map((c) => ({
                label: c.label,
                onUndo: () => show(c.without),
              }))}
              onClear={summary.canClear ? clearAll : undefined}
              suggestion={
                suggestion && { ...suggestion, onApply: () => actions.update(suggestion.range) }
              }
            />
          </div>
        ) : (
          <StoryFeed
            cards={cards}
            facets={facets}
            view={view}
            lead={page === 1 && !filters.q}
            busy={busy}
            highlight={result.terms}
            offset={(page - 1) * PAGE_SIZE}
            total={total}
            seenFrom={seenFrom}
          />
        )}
        <Pagination page={page} pageCount={Math.ceil(total / PAGE_SIZE)} hrefFor={pageSearch} />
      </section>
    </div>
  )
}
