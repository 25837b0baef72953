import { decodeEntities } from './text.ts'

/**
 * Returns the normalised URL when it is absolute http(s) (relative ones resolved against
 * `base`), else `undefined`: nothing else may reach an href. As a check:
 * `httpUrl(x) !== undefined`.
 */
export function httpUrl(input: string | undefined | null, base?: string): string | undefined {
  if (typeof input !== 'string') return undefined
  const trimmed = decodeEntities(input.trim())
  if (trimmed === '') return undefined
  let url: URL
  try {
    url = base === undefined ? new URL(trimmed) : new URL(trimmed, base)
  } catch {
    return undefined
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined
}
