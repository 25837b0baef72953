import { describe, expect, it } from 'vitest'
import { canonicalUrl } from './canonical-url.ts'

describe('canonicalUrl', () => {
  it.each([
    ['HTTPS://WWW.Example.COM/News/Story/', 'https://example.com/News/Story'],
    ['https://example.com/a?utm_source=x&utm_medium=y&id=3', 'https://example.com/a?id=3'],
    ['https://example.com/a?fbclid=abc&gclid=def', 'https://example.com/a'],
    ['https://example.com/a?b=2&a=1#comments', 'https://example.com/a?a=1&b=2'],
    ['https://example.com/', 'https://example.com'],
    ['https://example.com:8080/a/', 'https://example.com:8080/a'],
    ['http://www.example.com/a', 'https://example.com/a'],
    // AMP forms of one page.
    ['https://amp.theguardian.com/tech/2020/ai', 'https://theguardian.com/tech/2020/ai'],
    ['https://www.bbc.com/news/amp/technology-123', 'https://bbc.com/news/technology-123'],
    ['https://example.com/2020/01/story/amp/', 'https://example.com/2020/01/story'],
    ['https://example.com/story.amp.html', 'https://example.com/story.html'],
    ['https://example.com/story.amp', 'https://example.com/story'],
    ['https://example.com/story?amp=1', 'https://example.com/story'],
    ['https://example.com/story?outputType=amp', 'https://example.com/story'],
    [
      'https://www-example-com.cdn.ampproject.org/c/s/www.example.com/story/amp?utm_source=g',
      'https://example.com/story',
    ],
  ])('%s → %s', (input, expected) => {
    expect(canonicalUrl(input)).toBe(expected)
  })

  it('keeps what tells pages apart', () => {
    expect(canonicalUrl('https://example.com/a?id=3')).not.toBe(
      canonicalUrl('https://example.com/a?id=4'),
    )
    expect(canonicalUrl('https://example.com/sample')).toBe('https://example.com/sample')
    expect(canonicalUrl('https://example.com/amp-stories/x')).toBe(
      'https://example.com/amp-stories/x',
    )
    expect(canonicalUrl('https://blog.example.com/a')).toBe('https://blog.example.com/a')
    expect(canonicalUrl('https://example.com/amp')).toBe('https://example.com/amp')
  })

  it('refuses what is not an absolute http(s) URL', () => {
    expect(canonicalUrl('javascript:alert(1)')).toBeUndefined()
    expect(canonicalUrl('/relative/path')).toBeUndefined()
    expect(canonicalUrl('not a url')).toBeUndefined()
  })
})

describe('canonicalUrl on links as the build stores them', () => {
  it.each([
    'https://www.example.com/a/b/?utm_source=x&b=2&a=1#top',
    'https://amp.example.com/news/amp/story.amp.html?amp=1',
    'http://example.com:8080/a%20b/',
    'https://example.com/a b/../c',
    'https://EXAMPLE.com/A',
    'http://example.com:80/a',
    'https://example.com:443/a/./b/../c',
  ])('gives what parsing it would: %s', (input) => {
    // The parsed form's href takes the cheap path; the raw input, the URL parser.
    expect(canonicalUrl(new URL(input).href)).toBe(canonicalUrl(input))
  })
})
