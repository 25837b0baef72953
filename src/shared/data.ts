import type { SignalScale } from './signals.ts'

/*
 * The JSON contract between the build (plugin) and the browser (app). Every date is an ISO 8601
 * UTC string; every URL is absolute http(s). Topics and providers are referred to by their
 * numeric id (index into Facets.topics / Facets.providers) to keep the card shards small.
 */

export interface ImageRef {
  url: string
  width?: number
  height?: number
}

export interface ProviderRef {
  /** Lowercase domain, the provider's key: `theguardian.com`. */
  domain: string
  name: string
  /** Absolute http(s) URL of a small square logo, when any article names one. */
  logo?: string
}

export interface TopicRef {
  slug: string
  name: string
}

export interface Topic extends TopicRef {
  id: number
  count: number
  /** Ids of the providers that publish most on this topic, most frequent first. */
  topProviders: number[]
}

export interface Provider extends ProviderRef {
  id: number
  count: number
  /** Ids of this provider's most frequent topics, most frequent first. */
  topTopics: number[]
  /** How many of its stories each of `topTopics` has: its topic mix. */
  topTopicCounts?: number[]
}

/** `facets.json`: what every page needs first; small whatever the corpus size. */
export interface Facets {
  articleCount: number
  /** ISO dates of the newest and oldest article; absent for an empty corpus. */
  newest?: string
  oldest?: string
  /** Cards per shard file (`cards/<n>.json`, newest first). */
  shardSize: number
  shardCount: number
  /** Topics and providers ordered by article count, most first; `id` is the array index. */
  topics: Topic[]
  providers: Provider[]
  /** Where heat and quality scores fall in this collection (signals.ts). */
  heatScale: SignalScale
  qualityScale: SignalScale
  /**
   * Ids a clustered feed in newest-first order leaves out: every article of a story cluster but
   * its newest, which stands for them (clusters.ts). Delta-coded (delta.ts): at 50,000 articles
   * there are thousands. Absent when no story has two articles.
   */
  clustered?: number[]
}

/** How widely a card's story is covered: its cluster's articles and their related stories. */
export interface CardCoverage {
  /** Distinct outlets, this story's own included. */
  outlets: number
  /** The first few outlets, this story's own first: the logos stacked beside the count. */
  logos: ProviderRef[]
}

/** What a feed card needs. `id` is the article's position in the newest-first order. */
export interface Card {
  id: number
  slug: string
  title: string
  excerpt: string
  date: string
  provider: number
  topics: number[]
  image?: ImageRef
  heat?: number
  quality?: number
  published: boolean
  /** Number of related stories from other outlets. */
  related: number
  /** Set when more than one outlet covers the story (its cluster's full coverage). */
  coverage?: CardCoverage
}

/**
 * Just enough of a card to link to a story: a row of `lists/<key>-<n>.json.gz` (a topic's or a
 * source's stories, newest first), shown in "More on …" and "More from …".
 */
export type CardLite = Pick<Card, 'id' | 'slug' | 'title' | 'date' | 'provider'>

/** Where a story sits in a topic's or a source's list (story-lists.ts). */
export interface ListPlace {
  /** The list's key: `t<topic id>` or `p<provider id>`. */
  key: string
  /** The story's position in the list, newest first. */
  at: number
  /** How many stories the list has. */
  length: number
}

/** Another outlet's story, as the story page's related coverage shows it. */
export interface RelatedStory {
  title: string
  /** Cut to a few lines' worth: the page shows two. */
  excerpt?: string
  date?: string
  url: string
  provider: ProviderRef
  /** Set when the story is itself an article of the corpus: link to its story page. */
  slug?: string
}

/**
 * Everything a story page needs but its neighbours' titles (story-lists.ts); `stories/<n>.json.gz`
 * holds a few, by slug. The older and newer stories are the cards `id + 1` and `id - 1`.
 */
export interface ArticleDetail {
  id: number
  slug: string
  title: string
  excerpt: string
  date: string
  /** The link to read the story: `originalUrl`, else `webUrl`. */
  url: string
  ampUrl?: string
  category?: string
  type?: string
  quality?: number
  heat?: number
  published: boolean
  provider: ProviderRef
  topics: TopicRef[]
  images: ImageRef[]
  /** Related coverage, newest first. */
  related: RelatedStory[]
  /**
   * The rest of its story cluster's coverage: the cluster's other articles (with their slugs) and
   * the related stories they list that `related` does not (in that order; the page sorts them).
   * With the story itself and `related`, the story page's "Full coverage". Absent when none.
   */
  clusterCoverage?: RelatedStory[]
  /**
   * The most specific of its topics (the fewest stories) that has other stories, and the
   * story's place in that topic's list; its neighbours there are "More on …".
   */
  moreOnTopic?: { topic: TopicRef; list: ListPlace }
  /** The story's place in its source's list: "More from …". */
  moreFromProvider: ListPlace
}
