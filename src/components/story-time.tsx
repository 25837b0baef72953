import { useNewestStory } from '../hooks/use-newest-story.ts'
import { dateTime, fullDateTime, recentDate, storyDate } from '../shared/format-date.ts'

interface StoryTimeProps {
  date: string
  /** The exact date and time, after the relative form while there is one ("Feb 29, 2024, 3:11 PM · Yesterday"). */
  withTime?: boolean
  className?: string
}

/**
 * A story's date as a reader scans it ("5h ago", "Yesterday", "Feb 23, 2021"), counted from the
 * collection's newest story, with the full date and time in `datetime` and on hover.
 */
export function StoryTime({ date, withTime = false, className }: StoryTimeProps) {
  const now = useNewestStory() ?? new Date()
  const recent = withTime ? recentDate(date, now) : undefined
  return (
    <time dateTime={date} title={fullDateTime(date)} className={className}>
      {withTime ? dateTime(date) : storyDate(date, now)}
      {recent && <span className="text-muted"> · {recent}</span>}
    </time>
  )
}
