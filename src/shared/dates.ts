const ISO_LIKE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i

/**
 * Turns what YAML hands over for a date (a `Date`, an ISO-like string, or a string with an
 * explicit zone such as RFC 2822) into an ISO 8601 UTC string. A date without a time is
 * midnight UTC; a time without a zone is read as UTC, never as the build machine's local time.
 * Returns `undefined` when the value is not a real date.
 */
export function toIsoDate(value: unknown): string | undefined {
  if (value instanceof Date) return isValid(value) ? value.toISOString() : undefined
  if (typeof value !== 'string') return undefined
  const text = value.trim()
  const m = ISO_LIKE.exec(text)
  if (m) {
    const [, y, mo, d, h = '00', mi = '00', s = '00', frac = '', zone = 'Z'] = m
    const z = zone.toUpperCase() === 'Z' ? 'Z' : zone.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2')
    // Date() rolls 2023-02-30 over to March; a real calendar day survives the round trip.
    const day = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)))
    if (day.getUTCMonth() !== Number(mo) - 1 || day.getUTCDate() !== Number(d)) return undefined
    const date = new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}${frac}${z}`)
    return isValid(date) ? date.toISOString() : undefined
  }
  if (!/(?:GMT|UTC|Z|[+-]\d{2}:?\d{2})\s*$/i.test(text)) return undefined
  const date = new Date(text)
  return isValid(date) ? date.toISOString() : undefined
}

function isValid(date: Date): boolean {
  const t = date.getTime()
  return !Number.isNaN(t) && date.getUTCFullYear() >= 1900 && date.getUTCFullYear() <= 2200
}
