import { absoluteDateTime, relativeTime } from '../shared/format-date.ts'

/** "3 days ago", with the exact date and time on hover and in `datetime`. */
export function RelativeTime({ date, className }: { date: string; className?: string }) {
  const exact = absoluteDateTime(date)
  return (
    <time dateTime={date} title={exact} className={className}>
      {relativeTime(date)}
    </time>
  )
}
