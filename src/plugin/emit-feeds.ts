import { encodeXML, escapeText } from 'entities'
import { Feed } from 'feed'
import {
  FEED_FORMATS,
  FEED_ITEMS,
  feedPath,
  OPML_PATH,
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

export function createSiteFiles(dataset: Dataset, siteUrl: string | undefined): SiteFiles {
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
    const link = pageUrl(siteUrl, page)
    const feed = new Feed({
      title,
      id: link,
      link,
      description: `The newest stories${subject.kind === 'all' ? '' : ` in ${title.replace(/ — Broadsheet$/, '')}`}, from Broadsheet.`,
      updated: items[0] ? new Date(items[0].date) : undefined,
      generator: 'Broadsheet',
      feedLinks: Object.fromEntries(
        FEED_FORMATS.map((f) => [f.key, pageUrl(siteUrl, feedPath(subject, f))]),
      ),
    })
    for (const article of items) {
      feed.addItem({
        title: article.title,
        // The story's page here is its identity; the link goes to the original article.
        id: pageUrl(siteUrl, `articles/${article.slug}`),
        link: article.url,
        date: new Date(article.date),
        published: new Date(article.date),
        // Feeds read a description as HTML: the excerpt is text, so it is escaped as such (a
        // title stands in for an empty one; JSON Feed wants content in every item).
        description: escapeText(article.excerpt || article.title),
        category: article.topicIds.map((t) => ({ name: topics[t]!.name })),
        author: [{ name: providers[article.providerId]!.name }],
      })
    }
    const rendered = { rss: feed.rss2(), atom: feed.atom1(), json: feed.json1() }
    for (const format of FEED_FORMATS) files.set(feedPath(subject, format), rendered[format.key])
  }

  files.set(OPML_PATH, opml(siteUrl, subjects.slice(1)))
  for (const [path, content] of sitemaps(siteUrl, dataset)) files.set(path, content)
  return { files, feeds: subjects.length }
}

function opml(siteUrl: string, subjects: { subject: FeedSubject; title: string; page: string }[]) {
  const rss = FEED_FORMATS[0]
  const outline = ({ subject, title, page }: (typeof subjects)[number]) =>
    `      <outline type="rss" text="${encodeXML(title)}" title="${encodeXML(title)}" xmlUrl="${encodeXML(pageUrl(siteUrl, feedPath(subject, rss)))}" htmlUrl="${encodeXML(pageUrl(siteUrl, page))}"/>`
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

/** `sitemap.xml`: every page; past the protocol's limit, an index of numbered sitemaps. */
function sitemaps(siteUrl: string, { articles, topics, providers }: Dataset): [string, string][] {
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
  if (urls.length <= SITEMAP_LIMIT) return [['sitemap.xml', urlset(urls)]]
  const parts: [string, string][] = []
  for (let i = 0; i * SITEMAP_LIMIT < urls.length; i++) {
    parts.push([
      `sitemaps/${i + 1}.xml`,
      urlset(urls.slice(i * SITEMAP_LIMIT, (i + 1) * SITEMAP_LIMIT)),
    ])
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
