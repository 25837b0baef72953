/*
 * The feeds a build writes beside the app when it knows the site's address (SITE_URL): one per
 * topic, per source and for the whole digest, each in three formats, plus an OPML list of them.
 * Shared by the plugin that writes them and the pages that link to them.
 */

export const FEED_FORMATS = [
  { key: 'rss', label: 'RSS', extension: 'xml', type: 'application/rss+xml' },
  { key: 'atom', label: 'Atom', extension: 'atom', type: 'application/atom+xml' },
  { key: 'json', label: 'JSON Feed', extension: 'json', type: 'application/feed+json' },
] as const

export type FeedFormat = (typeof FEED_FORMATS)[number]

/** The newest stories each feed holds. */
export const FEED_ITEMS = 50

/** What a feed follows: the whole digest, a topic (slug) or a source (domain). */
export type FeedSubject =
  { kind: 'all' } | { kind: 'topic'; slug: string } | { kind: 'source'; domain: string }

/** A feed's path under the site's root, without the format's extension. */
export function feedStem(subject: FeedSubject): string {
  if (subject.kind === 'topic') return `feeds/topics/${subject.slug}`
  if (subject.kind === 'source') return `feeds/sources/${subject.domain}`
  return 'feeds/all'
}

export const feedPath = (subject: FeedSubject, format: FeedFormat) =>
  `${feedStem(subject)}.${format.extension}`

/** The OPML file listing every topic's and source's feed (for a reader's "import"). */
export const OPML_PATH = 'feeds.opml'
