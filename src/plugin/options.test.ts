import { describe, expect, it } from 'vitest'
import { resolveArticlesOptions } from './options.ts'

const resolve = (env: Record<string, string>) => resolveArticlesOptions({}, '/site', env)

describe('resolveArticlesOptions: SITE_URL', () => {
  it('is optional, and an empty value is none', () => {
    expect(resolve({})).not.toHaveProperty('siteUrl')
    expect(resolve({ SITE_URL: '' })).not.toHaveProperty('siteUrl')
  })

  it('keeps the base path and always ends with a slash', () => {
    expect(resolve({ SITE_URL: 'https://example.org/news' }).siteUrl).toBe(
      'https://example.org/news/',
    )
    expect(resolve({ SITE_URL: 'http://localhost:4180/' }).siteUrl).toBe('http://localhost:4180/')
  })

  it('refuses what is not an absolute http(s) address', () => {
    for (const bad of ['example.org', '/news/', 'ftp://example.org/', 'https://e.org/?a=1']) {
      expect(() => resolve({ SITE_URL: bad })).toThrow(/SITE_URL must be/)
    }
  })
})
