/*
 * Story dates as a reader wants them: relative only while that is precise ("5h ago",
 * "Yesterday", "3 days ago"), the date after a week ("Feb 23", "Feb 23, 2021" in another year).
 * "Now" is the caller's anchor: the newest story of the collection, never the wall clock, since
 * a digest folder may be years old. Every text comes from Intl in the reader's locale.
 */

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

export interface DateOptions {
  locale?: string
  /** IANA zone for calendar days and clock times; the reader's own by default. */
  timeZone?: string
}

/*
 * Intl formatters, made once per locale and options: making one costs far more than using it
 * (a story page's timeline compares dozens of dates, and on a slow phone a new formatter per date
 * held a navigation for over a second: the profile of docs/testing.md's throttled run).
 */
const dateFormats = new Map<string, Intl.DateTimeFormat>()
const relativeFormats = new Map<string, Intl.RelativeTimeFormat>()
function dtf(locale: string | undefined, options: Intl.DateTimeFormatOptions) {
  const key = `${locale}|${JSON.stringify(options)}`
  let f = dateFormats.get(key)
  if (!f) dateFormats.set(key, (f = new Intl.DateTimeFormat(locale, options)))
  return f
}
function rtf(locale: string | undefined, style: Intl.RelativeTimeFormatStyle) {
  const key = `${locale}|${style}`
  let f = relativeFormats.get(key)
  if (!f)
    relativeFormats.set(key, (f = new Intl.RelativeTimeFormat(locale, { style, numeric: 'auto' })))
  return f
}

/** The year, month and day of an instant in a zone, as a comparable day number. */
function calendarDay(ms: number, timeZone?: string): { day: number; year: number } {
  const parts = dtf('en-US', {
    timeZone,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
  }).formatToParts(ms)
  const get = (type: string) => Number(parts.find((p) => p.type === type)!.value)
  const year = get('year')
  return { day: Date.UTC(year, get('month') - 1, get('day')) / DAY, year }
}

/** Upper-cases the first letter, as a label starting a line ("yesterday" → "Yesterday"). */
const sentenceCase = (text: string, locale?: string) =>
  text.charAt(0).toLocaleUpperCase(locale) + text.slice(1)

/**
 * "5m ago", "23h ago", "Yesterday", "6 days ago"; from 7 calendar days on, the date: "Feb 23"
 * in the anchor's year, "Feb 23, 2021" in another. A date after the anchor reads "in 3h".
 */
export function storyDate(iso: string, anchor: Date | string, options: DateOptions = {}): string {
  const { locale, timeZone } = options
  return (
    recentDate(iso, anchor, options) ??
    shortDate(iso, {
      locale,
      timeZone,
      withYear:
        calendarDay(Date.parse(iso), timeZone).year !== calendarDay(ms(anchor), timeZone).year,
    })
  )
}

/** The relative form of `storyDate` ("5h ago", "Yesterday"), or undefined from a week on. */
export function recentDate(
  iso: string,
  anchor: Date | string,
  { locale, timeZone }: DateOptions = {},
): string | undefined {
  const at = Date.parse(iso)
  const now = ms(anchor)
  const sign = now < at ? 1 : -1
  const size = Math.abs(now - at)
  const narrow = rtf(locale, 'narrow')
  // The anchor is the newest story: it and its minute's neighbours are the latest there is.
  if (size < MINUTE) return 'Latest'
  if (size < HOUR) return narrow.format(sign * Math.floor(size / MINUTE), 'minute')
  if (size < DAY) return narrow.format(sign * Math.floor(size / HOUR), 'hour')
  const days = Math.abs(calendarDay(now, timeZone).day - calendarDay(at, timeZone).day)
  if (days >= 7) return undefined
  return sentenceCase(rtf(locale, 'long').format(sign * Math.max(1, days), 'day'), locale)
}

const ms = (date: Date | string) => (typeof date === 'string' ? Date.parse(date) : date.getTime())

/** "Feb 23" or, with the year, "Feb 23, 2021". */
export function shortDate(
  iso: string,
  { locale, timeZone, withYear = true }: DateOptions & { withYear?: boolean } = {},
): string {
  return dtf(locale, {
    month: 'short',
    day: 'numeric',
    ...(withYear && { year: 'numeric' }),
    timeZone,
  }).format(Date.parse(iso))
}

/** "5 hours", "3 days": how long from one instant to another, roughly (hours under two days). */
export function duration(from: string, to: string, { locale }: DateOptions = {}): string {
  const hours = (Date.parse(to) - Date.parse(from)) / HOUR
  const [n, unit] =
    hours < 48 ? [Math.max(1, Math.round(hours)), 'hour'] : [Math.round(hours / 24), 'day']
  return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(n)
}

/** "Feb 29, 2024, 3:11 PM": a story page's date. */
export function dateTime(iso: string, { locale, timeZone }: DateOptions = {}): string {
  return dtf(locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone,
  }).format(Date.parse(iso))
}

/** "Thursday, February 29, 2024 at 3:11 PM": a `<time>`'s title. */
export function fullDateTime(iso: string, { locale, timeZone }: DateOptions = {}): string {
  return dtf(locale, {
    dateStyle: 'full',
    timeStyle: 'short',
    timeZone,
  }).format(Date.parse(iso))
}

/** "3:11 PM" (or "15:11", as the locale has it). */
export function clockTime(iso: string, { locale, timeZone }: DateOptions = {}): string {
  return dtf(locale, { timeStyle: 'short', timeZone }).format(Date.parse(iso))
}

/** True when two instants fall on the same calendar day in the zone. */
export function sameDay(a: string, b: string, timeZone?: string): boolean {
  return calendarDay(Date.parse(a), timeZone).day === calendarDay(Date.parse(b), timeZone).day
}
