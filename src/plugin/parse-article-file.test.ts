import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseArticleFile } from './parse-article-file.ts'
import { articleText, bundledArticles, hasSeeds, seedsDir } from './test-support/fixtures.ts'

const errorsOf = (text: string) => {
  const r = parseArticleFile('x.md', text)
  return r.ok ? [] : r.errors
}

describe('parseArticleFile: the seeds', () => {
  const seeds = hasSeeds ? readdirSync(seedsDir).filter((f) => f.endsWith('.txt')) : []
  it.skipIf(!hasSeeds)('accepts every seed with its fields normalised', () => {
    for (const name of seeds) {
      const r = parseArticleFile(name, readFileSync(path.join(seedsDir, name), 'utf8'))
      expect(r.ok, name).toBe(true)
    }
  })

  it('normalises the bundled Guardian article', () => {
    const name =
      '2023-07-29-home-office-secretly-backs-facial-recognition-technology-to-curb-shoplifting.md'
    const r = parseArticleFile(name, readFileSync(path.join(bundledArticles, name), 'utf8'))
    if (!r.ok) throw new Error(JSON.stringify(r.errors))
    const a = r.article
    expect(a.date).toBe('2023-07-29T15:11:00.000Z')
    expect(a.url).toMatch(/^https:\/\/www\.theguardian\.com\/technology\/2023\/jul\/29\//)
    expect(a.ampUrl).toMatch(/^https:\/\/amp\.theguardian\.com\//)
    expect(a).toMatchObject({ quality: 58, heat: 78, published: true, category: 'news' })
    expect(a.provider).toEqual({
      domain: 'theguardian.com',
      name: 'The Guardian',
      logo: 'https://everyday-cc.github.io/ai/assets/images/organizations/theguardian.com-50x50.jpg',
    })
    expect(a.topics).toEqual(['Natural Language Processing', 'AI', 'Computer Vision'])
    expect(a.images).toEqual([
      { url: expect.stringMatching(/^https:\/\/i\.guim\.co\.uk\//), width: 620, height: 372 },
    ])
    expect(a.related.map((x) => x.provider.domain)).toEqual([
      'localnews8.com',
      'neworleanscitybusiness.com',
    ])
    expect(JSON.stringify(r)).not.toContain('secured')
  })
})

describe('parseArticleFile: coercions', () => {
  it('reads numbers written as strings, null lists and entities', () => {
    const r = parseArticleFile(
      'x.md',
      articleText({
        title: '"Q&amp;A: it&#8217;s \\"fine\\""',
        quality: '"42"',
        heat: "' 7 '",
        topics: ' null',
        images: ' ~',
        related: '',
        published: '"true"',
      }),
    )
    if (!r.ok) throw new Error(JSON.stringify(r.errors))
    expect(r.article).toMatchObject({
      title: 'Q&A: it’s "fine"',
      quality: 42,
      heat: 7,
      published: true,
    })
    expect(r.article.topics).toEqual([])
    expect(r.article.images).toEqual([])
    expect(r.article.related).toEqual([])
  })

  it('trims topics and drops empty ones', () => {
    const r = parseArticleFile(
      'x.md',
      articleText({ topics: '\n  - "  Computer Vision "\n  - ""\n  - AI' }),
    )
    expect(r.ok && r.article.topics).toEqual(['Computer Vision', 'AI'])
  })

  it('reads a date without a time as midnight UTC', () => {
    const r = parseArticleFile('x.md', articleText({ publishedDateTime: '2024-03-01' }))
    expect(r.ok && r.article.date).toBe('2024-03-01T00:00:00.000Z')
  })

  it('falls back to webUrl and derives a missing provider from the link', () => {
    const r = parseArticleFile(
      'x.md',
      articleText({
        originalUrl: undefined,
        webUrl: 'https://www.BBC.co.uk/news/1',
        provider: undefined,
      }),
    )
    expect(r.ok && r.article.url).toBe('https://www.bbc.co.uk/news/1')
    expect(r.ok && r.article.provider).toEqual({ domain: 'bbc.co.uk', name: 'bbc.co.uk' })
  })

  it('accepts CRLF line endings and a byte-order mark', () => {
    const crlf = parseArticleFile('x.md', articleText().replace(/\n/g, '\r\n'))
    const bom = parseArticleFile('x.md', `\uFEFF${articleText()}`)
    expect(crlf.ok && crlf.article.title).toBe('A story')
    expect(bom.ok && bom.article.title).toBe('A story')
  })

  it('ignores unknown fields', () => {
    const r = parseArticleFile('x.md', articleText({ secured: '"ciphertext=="', mood: 'sunny' }))
    expect(r.ok && Object.keys(r.article)).not.toContain('secured')
  })
})

describe('parseArticleFile: links', () => {
  it('drops a non-http URL with a warning and keeps the article on its other link', () => {
    const r = parseArticleFile(
      'x.md',
      articleText({
        originalUrl: '"javascript:alert(1)"',
        webUrl: '"https://example.com/ok"',
        ampWebUrl: 'data:text/html,x',
      }),
    )
    if (!r.ok) throw new Error('expected ok')
    expect(r.article.url).toBe('https://example.com/ok')
    expect(r.article.ampUrl).toBeUndefined()
    expect(r.warnings.map((w) => [w.field, w.line])).toEqual([
      ['originalUrl', 5],
      ['ampWebUrl', 12],
    ])
  })

  it('rejects an article left with no http(s) link', () => {
    expect(errorsOf(articleText({ originalUrl: '"javascript:alert(1)"' }))).toEqual([
      {
        file: 'x.md',
        line: 5,
        field: 'originalUrl',
        message: 'expected an http or https link, got "javascript:alert(1)"',
      },
    ])
    expect(errorsOf(articleText({ originalUrl: undefined }))[0]).toMatchObject({
      field: 'originalUrl',
      message: expect.stringMatching(/^is required/),
    })
  })

  it('drops a related story without a link, with a warning naming it', () => {
    const r = parseArticleFile(
      'x.md',
      articleText({
        related:
          '\n  - title: Good\n    webUrl: https://a.example/1\n  - title: Bad\n    webUrl: javascript:x\n  - excerpt: no title',
      }),
    )
    if (!r.ok) throw new Error('expected ok')
    expect(r.article.related.map((x) => x.title)).toEqual(['Good'])
    expect(r.warnings.map((w) => `${w.line} ${w.field}`)).toEqual([
      '15 related.1.webUrl',
      '16 related.2.title',
    ])
  })
})

describe('parseArticleFile: broken files', () => {
  it('names an empty file', () => {
    expect(errorsOf('')[0]?.message).toMatch(/file is empty/)
    expect(errorsOf('\n  \n')[0]?.message).toMatch(/file is empty/)
  })

  it('names a file without frontmatter', () => {
    expect(errorsOf('# Just markdown\n')[0]).toMatchObject({
      line: 1,
      message: expect.stringMatching(/no frontmatter/),
    })
    expect(errorsOf('---\ntitle: x\n')[0]?.message).toMatch(/not closed/)
  })

  it('gives the line of malformed YAML', () => {
    const text = '---\ntitle: "ok"\nexcerpt: [unclosed\npublishedDateTime: 2024-01-01\n---\n'
    expect(errorsOf(text)).toEqual([
      { file: 'x.md', line: expect.any(Number), message: expect.stringMatching(/^invalid YAML: /) },
    ])
    expect(errorsOf(text)[0]!.line).toBeGreaterThanOrEqual(3)
  })

  it('names a missing title and an empty one', () => {
    expect(errorsOf(articleText({ title: undefined }))).toEqual([
      { file: 'x.md', field: 'title', message: 'is required', line: undefined },
    ])
    expect(errorsOf(articleText({ title: '"  "' }))[0]).toMatchObject({
      field: 'title',
      line: 2,
      message: 'must not be empty',
    })
  })

  it('names a bad date with its line and value', () => {
    expect(errorsOf(articleText({ publishedDateTime: 'yesterday' }))).toEqual([
      {
        file: 'x.md',
        line: 4,
        field: 'publishedDateTime',
        message: 'expected a date such as 2023-07-29T15:11:00Z, got "yesterday"',
      },
    ])
  })

  it('lists every bad field at once', () => {
    const errors = errorsOf(
      articleText({
        publishedDateTime: '"2023-02-30"',
        quality: 'high',
        topics: ' 7',
        originalUrl: 'ftp://x',
      }),
    )
    expect(errors.map((e) => e.field).sort()).toEqual([
      'originalUrl',
      'publishedDateTime',
      'quality',
      'topics',
    ])
  })

  it('names a frontmatter that is not a mapping', () => {
    expect(errorsOf('---\n- a\n- b\n---\n')[0]?.message).toMatch(
      /expected YAML frontmatter with fields/,
    )
  })

  it('keeps YAML aliases as references, so an alias bomb is a quick field error', () => {
    const lines = ['a: &a [x, x, x, x, x, x, x, x, x, x]']
    for (let i = 1; i < 9; i++) {
      const [name, prev] = [String.fromCharCode(97 + i), String.fromCharCode(96 + i)]
      lines.push(`${name}: &${name} [${Array(10).fill(`*${prev}`).join(', ')}]`)
    }
    lines.push('title: *i')
    const errors = errorsOf(`---\n${lines.join('\n')}\n---\n`)
    expect(errors).toContainEqual(
      expect.objectContaining({ field: 'title', line: 11, message: 'expected text, got a list' }),
    )
  })
})
