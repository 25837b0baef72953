import { encodeXML, escapeText } from 'entities'
import { Feed } from 'feed'
import {
  FEED_FORMATS,
  FEED_ITEMS,
  feedPath,
  OPML_PATH,
  type FeedFormat,
  type FeedSubject,
} from '../shared/feed-files.ts'
import type { Dataset, DatasetArticle } from './build-dataset.ts'

/*
 * The files a build writes for the world outside the app: RSS 2.0, Atom and JSON Feed for the
 * whole digest and for every topic and source (the newest FEED_ITEMS stories each), an OPML list
 * of the topic and source feeds, `sitemap.xml` and `robots.txt`. Feeds and the sitemap need the
 * site's absolute address (SITE_URL); without it only `robots.txt` is written, and the build
 * says what it left out.
 */

/** The sitemap protocol's limit of URLs per file. */
const SITEMAP_LIMIT = 50_000

export interface SiteFiles {
  /** Path under the site's root → content. */
  files: Map<string, string>
  feeds: number
}

const pageUrl = (siteUrl: string, path: string) => new URL(path, siteUrl).href

export function createSiteFiles(
  dataset: Dataset,
  siteUrl: string | undefined,
  /** URLs per sitemap file (the protocol's limit; smaller in tests). */
  sitemapLimit = SITEMAP_LIMIT,
): SiteFiles {
  const files = new Map<string, string>()
  files.set(
    'robots.txt',
    `User-agent: *\nAllow: /\n${siteUrl ? `\nSitemap: ${pageUrl(siteUrl, 'sitemap.xml')}\n` : ''}`,
  )
  if (!siteUrl) return { files, feeds: 0 }

  const { articles, topics, providers } = dataset
  // Newest first already: each subject's newest FEED_ITEMS, in one pass.
  const byTopic = topics.map((): DatasetArticle[] => [])
  const byProvider = providers.map((): DatasetArticle[] => [])
  for (const article of articles) {
    for (const t of article.topicIds) if (byTopic[t]!.length < FEED_ITEMS) byTopic[t]!.push(article)
    const list = byProvider[article.providerId]!
    if (list.length < FEED_ITEMS) list.push(article)
  }

  const subjects: { subject: FeedSubject; title: string; page: string; items: DatasetArticle[] }[] =
    [
      {
        subject: { kind: 'all' },
        title: 'Broadsheet',
        page: '',
        items: articles.slice(0, FEED_ITEMS),
      },
      ...topics.map((topic) => ({
        subject: { kind: 'topic', slug: topic.slug } as const,
        title: `${topic.name} — Broadsheet`,
        page: `topics/${topic.slug}`,
        items: byTopic[topic.id]!,
      })),
      ...providers.map((provider) => ({
        subject: { kind: 'source', domain: provider.domain } as const,
        title: `${provider.name} — Broadsheet`,
        page: `sources/${provider.domain}`,
        items: byProvider[provider.id]!,
      })),
    ]
  for (const { subject, title, page, items } of subjects) {
    const rendered = {
      rss: renderFeed(siteUrl, subject, title, page, items, dataset, 'rss').rss2(),
      atom: renderFeed(siteUrl, subject, title, page, items, dataset, 'atom').atom1(),
      json: renderFeed(siteUrl, subject, title, page, items, dataset, 'json').json1(),
    }
    for (const format of FEED_FORMATS) files.set(feedPath(subject, format), rendered[format.key])
  }

  files.set(OPML_PATH, opml(siteUrl, subjects.slice(1)))
  for (const [path, content] of sitemaps(siteUrl, dataset, sitemapLimit)) files.set(path, content)
  return { files, feeds: subjects.length }
}

/**
 * Characters XML 1.0 forbids (C0 controls, unpaired surrogates, U+FFFE/F): one in an article
 * would make a whole feed unreadable.
 */
const xmlText = (text: string) =>
  text.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')

/**
 * For the places where the feed library writes a value with only `&` escaped (attributes and
 * plain elements such as a category): the markup characters are swapped for look-alikes.
 */
const plainXml = (text: string) =>
  xmlText(text).replace(/[<>"]/g, (c) => ({ '<': '‹', '>': '›', '"': '”' })[c]!)

/**
 * One feed in one format. RSS and Atom readers read an item's title and description as HTML
 * (the library writes them as CDATA), so their text is escaped; JSON Feed's title is text, its
 * content HTML. RSS's `<author>` must be an e-mail address: there the source goes unnamed.
 */
function renderFeed(
  siteUrl: string,
  subject: FeedSubject,
  title: string,
  page: string,
  items: DatasetArticle[],
  { topics, providers }: Dataset,
  format: FeedFormat['key'],
) {
  const link = pageUrl(siteUrl, page)
  const html = (text: string) => escapeText(xmlText(text))
  const feed = new Feed({
    title: plainXml(title),
    id: link,
    link,
    description: plainXml(
      `The newest stories${subject.kind === 'all' ? '' : ` in ${title.replace(/ — Broadsheet$/, '')}`}, from Broadsheet.`,
    ),
    updated: items[0] ? new Date(items[0].date) : undefined,
    generator: 'Broadsheet',
    feedLinks: Object.fromEntries(
      FEED_FORMATS.map((f) => [f.key, pageUrl(siteUrl, feedPath(subject, f))]),
    ),
  })
  for (const article of items) {
    feed.addItem({
      title: format === 'json' ? xmlText(article.title) : html(article.title),
      // The story's page here is its identity; the link goes to the original article.
      id: pageUrl(siteUrl, `articles/${article.slug}`),
      link: article.url,
      date: new Date(article.date),
      published: new Date(article.date),
      // The excerpt is text: escaped as such (the title stands in for an empty one; JSON Feed
      // wants content in every item).
      description: html(article.excerpt || article.title),
      category: article.topicIds.map((t) => ({
        name: plainXml(topics[t]!.name),
        term: topics[t]!.slug,
      })),
      ...(format !== 'rss' && {
        author: [{ name: plainXml(providers[article.providerId]!.name) }],
      }),
    })
  }
  return feed
}

function opml(siteUrl: string, subjects: { subject: FeedSubject; title: string; page: string }[]) {
  const rss = FEED_FORMATS[0]
  const outline = ({ subject, title, page }: (typeof subjects)[number]) =>
    `      <outline type="rss" text="${encodeXML(xmlText(title))}" title="${encodeXML(xmlText(title))}" xmlUrl="${encodeXML(pageUrl(siteUrl, feedPath(subject, rss)))}" htmlUrl="${encodeXML(pageUrl(siteUrl, page))}"/>`
  const group = (text: string, kind: FeedSubject['kind']) =>
    [
      `    <outline text="${text}" title="${text}">`,
      ...subjects.filter((s) => s.subject.kind === kind).map(outline),
      '    </outline>',
    ].join('\n')
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<opml version="2.0">',
    '  <head>',
    '    <title>Broadsheet: every topic and source</title>',
    '  </head>',
    '  <body>',
    group('Topics', 'topic'),
    group('Sources', 'source'),
    '  </body>',
    '</opml>',
    '',
  ].join('\n')
}

/**
 * `sitemap.xml`: every page; past the protocol's limit, an index of numbered sitemaps beside it
 * (a sitemap may only list pages at or below its own folder).
 */
function sitemaps(
  siteUrl: string,
  { articles, topics, providers }: Dataset,
  limit: number,
): [string, string][] {
  const urls = [
    { loc: '', lastmod: articles[0]?.date },
    { loc: 'topics' },
    { loc: 'sources' },
    ...topics.map((t) => ({ loc: `topics/${t.slug}` })),
    ...providers.map((p) => ({ loc: `sources/${p.domain}` })),
    ...articles.map((a) => ({ loc: `articles/${a.slug}`, lastmod: a.date })),
  ]
  const urlset = (part: typeof urls) =>
    [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
      ...part.map(
        ({ loc, lastmod }) =>
          `  <url><loc>${encodeXML(pageUrl(siteUrl, loc))}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ''}</url>`,
      ),
      '</urlset>',
      '',
    ].join('\n')
  if (urls.length <= limit) return [['sitemap.xml', urlset(urls)]]
  const parts: [string, string][] = []
  for (let i = 0; i * limit < urls.length; i++) {
    parts.push([`sitemap-${i + 1}.xml`, urlset(urls.slice(i * limit, (i + 1) * limit))])
  }
  const index = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...parts.map(
      ([path]) => `  <sitemap><loc>${encodeXML(pageUrl(siteUrl, path))}</loc></sitemap>`,
    ),
    '</sitemapindex>',
    '',
  ]
  return [['sitemap.xml', index.join('\n')], ...parts]
}
