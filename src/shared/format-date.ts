const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
]

/** "3 days ago", "last year", "in 2 hours", in the reader's locale (or `locale`). */
export function relativeTime(iso: string, now: Date = new Date(), locale?: string): string {
  const seconds = (Date.parse(iso) - now.getTime()) / 1000
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' })
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return format.format(Math.round(seconds / size), unit)
  }
  return format.format(0, 'second')
}

/** "29 July 2023 at 15:11" style, in the reader's locale and time zone. */
export function absoluteDateTime(iso: string, locale?: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone,
  }).format(new Date(iso))
}

/** "29 Jul 2023". */
export function shortDate(iso: string, locale?: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone }).format(new Date(iso))
}

/** "1 article", "128 articles" (with the locale's digit grouping). */
export function countArticles(n: number, locale?: string): string {
  return `${new Intl.NumberFormat(locale).format(n)} ${n === 1 ? 'article' : 'articles'}`
}
