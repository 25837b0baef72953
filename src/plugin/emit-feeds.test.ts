import { XMLParser, XMLValidator } from 'fast-xml-parser'
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
      article: article(99, { title: 'Tags <b> & “quotes” in a title', excerpt: '' }),
    },
  ])

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' })
const parse = (text: string) => {
  expect(XMLValidator.validate(text)).toBe(true)
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
    expect(first.title).toBe(newest.title)
    expect(first.link).toBe(newest.url)
    expect(first.guid['#text']).toBe(`${SITE}articles/${newest.slug}`)
    expect(first.guid['@isPermaLink']).toBe('false')
    expect(first.pubDate).toMatch(rfc822)
    expect(Date.parse(first.pubDate)).toBe(Date.parse(newest.date))
    // Newest first, all of them dated.
    const times = channel.item.map((i: { pubDate: string }) => Date.parse(i.pubDate))
    expect(times).toEqual([...times].sort((a, b) => b - a))
  })

  it('escapes what a title holds; an empty excerpt is the title, as HTML-escaped text', () => {
    const text = createSiteFiles(dataset(), SITE).files.get('feeds/sources/odd.example.xml')!
    const item = parse(text).rss.channel.item.find((i: { title: string }) =>
      String(i.title).startsWith('Tags'),
    )
    expect(item.title).toBe('Tags <b> & “quotes” in a title')
    expect(item.description).toBe('Tags &lt;b&gt; &amp; “quotes” in a title')
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
})
