import type { Facets } from './data.ts'
import { daysBetween, matchPreset, nearestRange, presetLabel, type DayRange } from './date-range.ts'
import { withSearch, type FeedFilters } from './feed-params.ts'
import type { FeedQuery } from './feed-query.ts'
import { quote } from './feed-title.ts'
import { shortDate } from './format-date.ts'

/** One active filter as a removable chip above the feed. */
export interface Chip {
  key: string
  label: string
  /** What kind of filter it is, for the accessible name ("topic", "excluded source"). */
  kind: string
  /** An exclusion, shown struck through. */
  struck?: boolean
  /** The view without this filter. */
  without: FeedFilters
  /** Set in the filter panel (and so counted on the phone's Filters button); search is not. */
  inPanel: boolean
}

/** "Feb 29, 2024" for a `YYYY-MM-DD` day of the URL (days are UTC). */
export const dayLabel = (day: string, locale?: string) =>
  shortDate(`${day}T00:00:00Z`, { locale, timeZone: 'UTC' })

/**
 * "Last 7 days to Feb 29, 2024", "2024 so far" for a preset (counted back from the newest story),
 * else
 * "Feb 1, 2024 – Feb 10, 2024", "Since …", "Until …"; undefined without a date filter.
 */
export function dateLabel(
  filters: Pick<FeedFilters, 'from' | 'to'>,
  newest: string | undefined,
  locale?: string,
): string | undefined {
  const { from, to } = filters
  const preset = matchPreset(filters, newest)
  if (preset === 'year') return presetLabel(preset, newest!)
  if (preset && to) return `${presetLabel(preset, newest!)} to ${dayLabel(to, locale)}`
  if (from && to) return `${dayLabel(from, locale)} – ${dayLabel(to, locale)}`
  if (from) return `Since ${dayLabel(from, locale)}`
  if (to) return `Until ${dayLabel(to, locale)}`
  return undefined
}

/** The active filters of a view, in the order they read: search, topics, sources, the rest. */
export function feedChips(filters: FeedFilters, q: FeedQuery, facets: Facets): Chip[] {
  const view = { ...filters, page: 1 }
  const topic = (id: number) => facets.topics[id]!
  const provider = (id: number) => facets.providers[id]!
  const date = dateLabel(filters, facets.newest)
  const chips: (Chip | false | undefined)[] = [
    filters.q !== undefined && {
      key: 'q',
      label: quote(filters.q),
      kind: 'search',
      without: withSearch(filters, ''),
      inPanel: false,
    },
    ...q.topics.map((id) => ({
      key: `topic:${id}`,
      label: topic(id).name,
      kind: 'topic',
      without: { ...view, topics: filters.topics.filter((t) => t !== topic(id).slug) },
      inPanel: true,
    })),
    ...q.providers.map((id) => ({
      key: `source:${id}`,
      label: provider(id).name,
      kind: 'source',
      without: { ...view, sources: filters.sources.filter((s) => s !== provider(id).domain) },
      inPanel: true,
    })),
    ...q.excludeTopics.map((id) => ({
      key: `-topic:${id}`,
      label: topic(id).name,
      kind: 'excluded topic',
      struck: true,
      without: {
        ...view,
        excludeTopics: filters.excludeTopics.filter((t) => t !== topic(id).slug),
      },
      inPanel: true,
    })),
    ...q.excludeProviders.map((id) => ({
      key: `-source:${id}`,
      label: provider(id).name,
      kind: 'excluded source',
      struck: true,
      without: {
        ...view,
        excludeSources: filters.excludeSources.filter((s) => s !== provider(id).domain),
      },
      inPanel: true,
    })),
    date !== undefined && {
      key: 'date',
      label: date,
      kind: 'date',
      without: { ...view, from: undefined, to: undefined },
      inPanel: true,
    },
    filters.minQuality !== undefined && {
      key: 'quality',
      label: `Quality ${filters.minQuality}+`,
      kind: 'quality',
      without: { ...view, minQuality: undefined },
      inPanel: true,
    },
    filters.minHeat !== undefined && {
      key: 'heat',
      label: `Heat ${filters.minHeat}+`,
      kind: 'heat',
      without: { ...view, minHeat: undefined },
      inPanel: true,
    },
    filters.publishedOnly && {
      key: 'published',
      label: 'Published only',
      kind: 'published',
      without: { ...view, publishedOnly: false },
      inPanel: true,
    },
  ]
  return chips.filter((c): c is Chip => !!c)
}

/** The accessible name of a chip's button: "Remove excluded source filter: BBC". */
export const removeLabel = (chip: Chip) => `Remove ${chip.kind} filter: ${chip.label}`

/** What the toolbar and the empty state make of a view's chips. */
export function chipSummary(chips: Chip[], search: string | undefined) {
  return {
    /** The count on the phone's Filters button. */
    panelCount: chips.filter((c) => c.inPanel).length,
    showClearAll: chips.length > 1,
    canClear: chips.length > 0,
    emptyHeading:
      search && chips.length === 1
        ? 'No stories match your search'
        : 'No stories match these filters',
    /** Exclusions, each undone by a button of the empty state. */
    exclusions: chips.filter((c) => c.struck),
  }
}

/** `matches “chips” and is about AI or Robotics from The Guardian`: what the view asks for. */
export function describeFilters(facets: Facets, q: FeedQuery, search?: string): string | undefined {
  const about = q.topics.map((id) => facets.topics[id]!.name).join(' or ')
  const from = q.providers.map((id) => facets.providers[id]!.name).join(' or ')
  const scope = [about && `about ${about}`, from && `from ${from}`].filter(Boolean).join(' ')
  const text = [search && `matches “${search}”`, scope && `is ${scope}`]
    .filter(Boolean)
    .join(' and ')
  return text || undefined
}

/** For a date range outside the corpus: how far off it is, and the nearest range with stories. */
export function dateSuggestion(
  filters: DayRange,
  facets: Pick<Facets, 'newest' | 'oldest'>,
): { text: string; action: string; range: Required<DayRange> } | undefined {
  if (!(filters.from || filters.to) || !facets.newest || !facets.oldest) return undefined
  const near = nearestRange(filters, facets.newest, facets.oldest)
  if (!near) return undefined
  const after = near.to.startsWith(facets.newest.slice(0, 10))
  const text = after
    ? `The newest story is from ${dayLabel(facets.newest.slice(0, 10))}, ${daysBetween(facets.newest, filters.from!)} days before this range.`
    : `The oldest story is from ${dayLabel(facets.oldest.slice(0, 10))}, ${daysBetween(filters.to!, facets.oldest)} days after this range.`
  return { text, action: `Show ${dayLabel(near.from)} – ${dayLabel(near.to)}`, range: near }
}
