import type { RelatedStory } from './data.ts'
import { clockTime, sameDay, shortDate, type DateOptions } from './format-date.ts'

export interface DatedStory {
  story: RelatedStory
  /** "Feb 23", "Feb 23, 2021", or with the time where another story shares the day. */
  label?: string
}

/**
 * A story's coverage as a timeline (coverage.ts): in date order (undated stories last), each
 * dated, the year only where it is not the anchor's (the newest story's), the time only where
 * another story shares the same day.
 */
export function timelineDates(
  stories: readonly RelatedStory[],
  {
    earliestFirst = false,
    anchor,
    ...options
  }: DateOptions & { earliestFirst?: boolean; anchor?: string },
): DatedStory[] {
  const { timeZone } = options
  const anchorYear = anchor ? new Date(anchor).getUTCFullYear() : undefined
  const dated = stories.filter((s) => s.date)
  const ordered = [
    ...dated.sort((a, b) =>
      earliestFirst ? a.date!.localeCompare(b.date!) : b.date!.localeCompare(a.date!),
    ),
    ...stories.filter((s) => !s.date),
  ]
  return ordered.map((story) => {
    if (!story.date) return { story }
    const crowded = dated.some((o) => o !== story && sameDay(o.date!, story.date!, timeZone))
    const withYear = new Date(story.date).getUTCFullYear() !== anchorYear
    const day = shortDate(story.date, { ...options, withYear })
    return { story, label: crowded ? `${day}, ${clockTime(story.date, options)}` : day }
  })
}
