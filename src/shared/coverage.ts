import type { ProviderRef, RelatedStory } from './data.ts'
import type { DateOptions } from './format-date.ts'
import { timelineDates } from './timeline.ts'

/*
 * A story page's "Full coverage": the story, its related stories and the rest of its cluster
 * (ArticleDetail.clusterCoverage), grouped by outlet, each outlet's reports in time order, the
 * outlets in the order they first reported, the earliest report marked, and where each report
 * falls in the coverage's span (the outlets' timeline).
 */

export interface CoverageReport {
  story: RelatedStory
  /** "Dec 23", or with the time where another report shares the day. */
  label?: string
  /** The story whose page this is. */
  self: boolean
  /** The earliest dated report of all. */
  first: boolean
  /** Where it falls in the coverage's span, 0 (the first report) to 1 (the last). */
  at?: number
}

export interface OutletCoverage {
  provider: ProviderRef
  reports: CoverageReport[]
}

export interface FullCoverage {
  stories: number
  outlets: OutletCoverage[]
  /** The first and last report's dates, when two or more are dated apart. */
  span?: { from: string; to: string }
  first?: CoverageReport
}

export function fullCoverage(
  self: RelatedStory,
  others: readonly RelatedStory[],
  options: DateOptions & { anchor?: string } = {},
): FullCoverage {
  const seen = new Set<string>([self.url])
  const stories = [self, ...others.filter((s) => !seen.has(s.url) && seen.add(s.url))]
  const labels = new Map(
    timelineDates(stories, { ...options, earliestFirst: true }).map((d) => [d.story, d.label]),
  )
  const times = stories.flatMap((s) => (s.date ? [Date.parse(s.date)] : []))
  const from = Math.min(...times)
  const to = Math.max(...times)
  const firstStory = stories
    .filter((s) => s.date)
    .reduce<RelatedStory | undefined>((a, s) => (!a || s.date! < a.date! ? s : a), undefined)

  const byOutlet = new Map<string, OutletCoverage>()
  for (const story of stories) {
    const report: CoverageReport = {
      story,
      label: labels.get(story),
      self: story === self,
      // Only where the reports are dated apart: a story alone, or undated others, has no first.
      first: story === firstStory && to > from,
      ...(story.date && to > from && { at: (Date.parse(story.date) - from) / (to - from) }),
    }
    const outlet = byOutlet.get(story.provider.domain)
    if (outlet) outlet.reports.push(report)
    else byOutlet.set(story.provider.domain, { provider: story.provider, reports: [report] })
  }
  const byDate = (a?: string, b?: string) => (a && b ? a.localeCompare(b) : a ? -1 : b ? 1 : 0)
  const outlets = [...byOutlet.values()]
  for (const o of outlets) o.reports.sort((a, b) => byDate(a.story.date, b.story.date))
  outlets.sort((a, b) => byDate(a.reports[0]!.story.date, b.reports[0]!.story.date))
  const first = outlets.flatMap((o) => o.reports).find((r) => r.first)
  return {
    stories: stories.length,
    outlets,
    ...(to > from && {
      span: { from: new Date(from).toISOString(), to: new Date(to).toISOString() },
    }),
    ...(first && { first }),
  }
}
