import { describe, expect, it } from 'vitest'
import { cleanText, decodeEntities, truncate } from './text.ts'

describe('decodeEntities', () => {
  it('decodes named, numeric and double-encoded entities', () => {
    expect(decodeEntities('Q&amp;A: it&#8217;s &ldquo;fine&rdquo; &amp;#8217;')).toBe(
      'Q&A: it’s “fine” ’',
    )
  })
  it('needs the semicolon, so query strings survive', () => {
    expect(decodeEntities('?a=1&copy=2&#038;b=3')).toBe('?a=1&copy=2&b=3')
  })
  it('turns <script> entities into inert text, never markup', () => {
    expect(cleanText('&lt;script&gt;alert(1)&lt;/script&gt;')).toBe('<script>alert(1)</script>')
  })
})

describe('cleanText', () => {
  it.each([
    ['clean text', 'clean text'],
    ['', ''],
    [' leading', 'leading'],
    ['trailing ', 'trailing'],
    ['two  spaces', 'two spaces'],
    ['folded\nlines\tand tabs', 'folded lines and tabs'],
    ['no-break\u00a0space and\u2003em space', 'no-break space and em space'],
    ['\u2028', ''],
    ['Q&amp;A', 'Q&A'],
  ])('%j becomes %j', (input, out) => {
    expect(cleanText(input)).toBe(out)
  })
})

describe('truncate', () => {
  it('cuts at a word boundary with an ellipsis', () => {
    expect(truncate('one two three four five', 12)).toBe('one two…')
    expect(truncate('short', 12)).toBe('short')
  })
})
