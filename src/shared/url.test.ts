import { describe, expect, it } from 'vitest'
import { httpUrl } from './url.ts'

describe('httpUrl', () => {
  it.each([
    ['https://example.com/a b', 'https://example.com/a%20b'],
    ['http://example.com', 'http://example.com/'],
    ['https://x.com/?a=1&#038;b=2', 'https://x.com/?a=1&b=2'],
  ])('keeps %s', (input, out) => {
    expect(httpUrl(input)).toBe(out)
  })
  it.each([
    ['javascript:alert(1)'],
    [' JAVASCRIPT:alert(1)'],
    ['data:text/html,x'],
    ['ftp://x.com'],
    ['/relative'],
    [''],
  ])('drops %j', (input) => {
    expect(httpUrl(input)).toBeUndefined()
  })
  it('resolves relative URLs against a base', () => {
    expect(httpUrl('assets/logo.png', 'https://cdn.example/ai/')).toBe(
      'https://cdn.example/ai/assets/logo.png',
    )
  })
})
