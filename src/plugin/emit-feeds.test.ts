import { escapeText } from 'entities'
import { XMLParser } from 'fast-xml-parser'
import { SaxesParser } from 'saxes'
import { describe, expect, it } from 'vitest'
import { FEED_FORMATS, FEED_ITEMS, feedPath, OPML_PATH } from '../shared/feed-files.ts'
import type { SourceArticle } from '../shared/normalise-article.ts'
import { buildDataset } from './build-dataset.ts'
import { createSiteFiles } from './emit-feeds.ts'

const SITE = 'https://example.org/news/'

const article = (n: number, fields: Partial<SourceArticle> = {}): SourceArticle => ({
  title: `Story ${n}`,
  excerpt: `What story ${n} says.`,
  date: new Date(Date.UTC(2024, 0, 1) + n * 3_600_000).toISOString(),
  url: `https://news.example/${n}`,
  published: true,
  provider: { domain: n % 2 ? 'odd.example' : 'even.example', name: n % 2 ? 'Odd' : 'Even' },
  topics: n % 3 ? ['AI'] : ['AI', 'Robots & Rules'],
  images: [],
  related: [],
  ...fields,
})

const dataset = () =>
  buildDataset([
    ...Array.from({ length: 60 }, (_, i) => ({ file: `${i}.md`, article: article(i) })),
    {
      file: 'odd.md',
      article: article(99, {
        title: 'Tags <b> & “quotes” in a title\u0001',
        excerpt: '',
        topics: ['C<T "quoted"'],
      }),
    },
  ])

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' })
/** A strict XML 1.0 parser (saxes) must accept the file whole; then it is read as data. */
const parse = (text: string) => {
  const strict = new SaxesParser({ xmlns: true })
  strict.on('error', (error) => {
    throw error
  })
  strict.write(text).close()
  return xml.parse(text)
}
const rfc822 = /^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} (GMT|[+-]\d{4})$/
const rfc3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/

describe('createSiteFiles', () => {
  it('without SITE_URL writes only robots.txt', () => {
    const { files, feeds } = createSiteFiles(dataset(), undefined)
    expect([...files.keys()]).toEqual(['robots.txt'])
    expect(feeds).toBe(0)
    expect(files.get('robots.txt')).not.toContain('Sitemap')
  })

  it('writes a feed in three formats for the digest, every topic and every source', () => {
    const data = dataset()
    const { files, feeds } = createSiteFiles(data, SITE)
    expect(feeds).toBe(1 + data.topics.length + data.providers.length)
    for (const subject of [
      { kind: 'all' } as const,
      ...data.topics.map((t) => ({ kind: 'topic', slug: t.slug }) as const),
      ...data.providers.map((p) => ({ kind: 'source', domain: p.domain }) as const),
    ]) {
      for (const format of FEED_FORMATS) expect(files.has(feedPath(subject, format))).toBe(true)
    }
  })

  it('RSS 2.0: a valid channel; items link to the original, guid is the story page', () => {
    const data = dataset()
    const rss = parse(createSiteFiles(data, SITE).files.get('feeds/all.xml')!)
    expect(rss.rss['@version']).toBe('2.0')
    const { channel } = rss.rss
    expect(channel.title).toBe('Broadsheet')
    expect(channel.link).toBe(SITE)
    expect(channel.description).toBeTruthy()
    expect(channel['atom:link']['@href']).toBe(`${SITE}feeds/all.xml`)
    expect(channel.item).toHaveLength(FEED_ITEMS)
    const [first] = channel.item
    const newest = data.articles[0]!
    // Readers take an RSS title as HTML: the text is escaped (and XML's forbidden characters go).
    expect(first.title).toBe(escapeText(newest.title.replace('\u0001', '')))
    expect(first.link).toBe(newest.url)
    expect(first.guid['#text']).toBe(`${SITE}articles/${newest.slug}`)
    expect(first.guid['@isPermaLink']).toBe('false')
    expect(first.pubDate).toMatch(rfc822)
    expect(Date.parse(first.pubDate)).toBe(Date.parse(newest.date))
    // Newest first, all of them dated.
    const times = channel.item.map((i: { pubDate: string }) => Date.parse(i.pubDate))
    expect(times).toEqual([...times].sort((a, b) => b - a))
  })

  it('keeps markup in titles and topic names text, in every format, and the XML whole', () => {
    const { files } = createSiteFiles(dataset(), SITE)
    const escaped = 'Tags &lt;b&gt; &amp; “quotes” in a title'
    const item = parse(files.get('feeds/sources/odd.example.xml')!).rss.channel.item.find(
      (i: { title: string }) => String(i.title).startsWith('Tags'),
    )
    expect(item.title).toBe(escaped)
    // An empty excerpt: the title stands in, as HTML-escaped text.
    expect(item.description).toBe(escaped)
    expect([item.category].flat()).toContain('C‹T ”quoted”')
    const entry = [parse(files.get('feeds/all.atom')!).feed.entry].flat()[0]
    expect(entry.title['#text'] ?? entry.title).toBe(escaped)
    const json = JSON.parse(files.get('feeds/all.json')!)
    expect(json.items[0].title).toBe('Tags <b> & “quotes” in a title')
    expect(json.items[0].content_html).toBe(escaped)
    // Every file of the set is well-formed.
    for (const [path, text] of files) if (/\.(xml|atom|opml)$/.test(path)) parse(text)
  })

  it('Atom 1.0: feed and entries carry id, title, updated and links', () => {
    const atom = parse(createSiteFiles(dataset(), SITE).files.get('feeds/topics/ai.atom')!).feed
    expect(atom['@xmlns']).toBe('http://www.w3.org/2005/Atom')
    expect(atom.id).toBe(`${SITE}topics/ai`)
    expect(atom.title).toBe('AI — Broadsheet')
    expect(atom.updated).toMatch(rfc3339)
    const links = [atom.link].flat()
    expect(links.some((l: { '@rel'?: string; '@href': string }) => l['@rel'] === 'self')).toBe(true)
    expect(atom.entry).toHaveLength(FEED_ITEMS)
    for (const entry of atom.entry) {
      // RFC 4287: a category has a term.
      for (const category of [entry.category].flat()) expect(category['@term']).toBeTruthy()
      expect(entry.id).toMatch(/^https:\/\/example\.org\/news\/articles\//)
      expect(entry.title).toBeTruthy()
      expect(entry.updated).toMatch(rfc3339)
      expect([entry.link].flat()[0]['@href']).toMatch(/^https:\/\/news\.example\//)
    }
  })

  it('JSON Feed: version, title, feed_url and items with id, url and a date', () => {
    const json = JSON.parse(createSiteFiles(dataset(), SITE).files.get('feeds/all.json')!)
    expect(json.version).toMatch(/^https:\/\/jsonfeed\.org\/version\/1/)
    expect(json.title).toBe('Broadsheet')
    expect(json.home_page_url).toBe(SITE)
    expect(json.feed_url).toBe(`${SITE}feeds/all.json`)
    expect(json.items).toHaveLength(FEED_ITEMS)
    for (const item of json.items) {
      expect(typeof item.id).toBe('string')
      expect(item.url).toMatch(/^https:\/\/news\.example\//)
      expect(item.date_published).toMatch(rfc3339)
      expect(typeof item.content_html).toBe('string')
    }
  })

  it('OPML lists every topic and source feed; the sitemap every page; robots points to it', () => {
    const data = dataset()
    const { files } = createSiteFiles(data, SITE)
    const opml = parse(files.get(OPML_PATH)!).opml
    expect(opml['@version']).toBe('2.0')
    const [topics, sources] = opml.body.outline
    expect([topics.outline].flat()).toHaveLength(data.topics.length)
    expect([sources.outline].flat()).toHaveLength(data.providers.length)
    expect([sources.outline].flat()[0]['@xmlUrl']).toMatch(
      /^https:\/\/example\.org\/news\/feeds\/sources\/.+\.xml$/,
    )
    const urls = parse(files.get('sitemap.xml')!).urlset.url
    expect(urls).toHaveLength(3 + data.topics.length + data.providers.length + data.articles.length)
    expect(urls[0].loc).toBe(SITE)
    expect(files.get('robots.txt')).toContain(`Sitemap: ${SITE}sitemap.xml`)
  })

  it('past the limit, sitemap.xml is an index of numbered sitemaps beside it', () => {
    const data = dataset()
    const { files } = createSiteFiles(data, SITE, 20)
    const index = parse(files.get('sitemap.xml')!).sitemapindex
    const parts = [index.sitemap].flat().map((s: { loc: string }) => s.loc)
    const pages = 3 + data.topics.length + data.providers.length + data.articles.length
    expect(parts).toHaveLength(Math.ceil(pages / 20))
    expect(parts[0]).toBe(`${SITE}sitemap-1.xml`)
    const listed = parts.flatMap((loc: string) =>
      [parse(files.get(loc.slice(SITE.length))!).urlset.url].flat(),
    )
    expect(listed).toHaveLength(pages)
  })
})
