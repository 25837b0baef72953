/** True for an absolute http(s) URL: the only kind of link the app ever renders. */
export function isHttpUrl(value: string | undefined): value is string {
  if (!value) return false
  try {
    const { protocol } = new URL(value)
    return protocol === 'http:' || protocol === 'https:'
  } catch {
    return false
  }
}
