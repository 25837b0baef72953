import { gzipSync } from 'node:zlib'
import type { ArticleDetail, Card, CardLite, Facets, ListPlace } from '../shared/data.ts'
import { delta } from '../shared/delta.ts'
import { encodeFacetIndex } from '../shared/facet-index.ts'
import {
  dataPaths,
  fileNumber,
  isCompressed,
  SHARD_SIZE,
  storyFile,
  storyFileCount,
} from '../shared/data-paths.ts'
import { signalScale } from '../shared/signals.ts'
import { LIST_SIZE, providerListKey, toLite, topicListKey } from '../shared/story-lists.ts'
import { truncate } from '../shared/text.ts'
import { DatasetCaches, type Dataset, type DatasetArticle } from './build-dataset.ts'
import { createSearchFiles } from './emit-search.ts'
import { storyClusters, toRelatedStory } from './story-clusters.ts'

const CARD_EXCERPT_CHARS = 240

export interface DataFiles {
  /** Every file's path relative to the data folder, but the search index's. */
  paths(): string[]
  /** The search index's files (building the index, unless `prepareSearch` has). */
  searchPaths(): string[]
  /** Builds the search index on another thread (once; a failed build is tried again by the next call). */
  prepareSearch(): Promise<void>
  /**
   * One file's content as it is served (gzip for an `isCompressed` path), generated when first
   * asked for; `undefined` for an unknown path.
   */
  read(path: string): string | Uint8Array | undefined
  /** The same, but a compressed file's JSON before compression (a build compresses it off-thread). */
  render(path: string): string | Uint8Array | undefined
}

/**
 * The JSON (and one binary) files the app loads, generated lazily so that the dev server only
 * renders what the page asks for: `facets.json`, `index.bin`, the search files, `cards/<n>.json` (newest first,
 * SHARD_SIZE per file), `stories/<n>.json.gz` (story details, spread by a hash of the slug) and
 * `lists/<key>-<n>.json.gz` (each topic's and each source's stories, for the story pages'
 * neighbours); those two are gzip, as `isCompressed` says.
 */
export function createDataFiles(
  dataset: Dataset,
  {
    version,
    storyFiles = storyFileCount(dataset.articles.length),
    caches = new DatasetCaches(),
  }: {
    /** Names this set of files for the search worker (see SearchManifest.version); dev only. */
    version?: string
    /**
     * How many story files: the app reads it from the `virtual:broadsheet-data` module, so the
     * dev server keeps the count it started with while articles come and go.
     */
    storyFiles?: number
    /** The pipeline's caches: cards of unchanged articles are not made again. */
    caches?: DatasetCaches
  } = {},
): DataFiles {
  const { articles } = dataset
  // What only story pages need is made when the first one is asked for: a dev server's
  // rebuild after a save renders just the files the open page fetches.
  let lookups: ReturnType<typeof storyLookups> | undefined
  const forStories = () => (lookups ??= storyLookups(dataset, storyFiles))
  const clusters = storyClusters(dataset, caches)
  const cards = articles.map((a) => {
    let card = caches.cards.get(a)
    if (card === undefined) caches.cards.set(a, (card = toCard(a)))
    return card
  })
  /** A card as its shard holds it: with its cluster's coverage, which depends on other articles
   * (so it is not part of the cached card), worked out for the shards asked for only. */
  const shardCard = (card: Card): Card => {
    const coverage = clusters.card(articles[card.id]!)
    return coverage ? { ...card, coverage } : card
  }
  const lite = (id: number): CardLite => toLite(cards[id]!)
  const shardCount = Math.ceil(articles.length / SHARD_SIZE)
  const search = createSearchFiles(dataset, { version })

  const facets = (): Facets => ({
    articleCount: articles.length,
    newest: articles[0]?.date,
    oldest: articles.at(-1)?.date,
    shardSize: SHARD_SIZE,
    shardCount,
    topics: dataset.topics,
    providers: dataset.providers,
    heatScale: signalScale(articles.map((a) => a.heat)),
    qualityScale: signalScale(articles.map((a) => a.quality)),
    ...(clusters.hidden.length > 0 && { clustered: delta(clusters.hidden) }),
  })

  const detail = (a: DatasetArticle): ArticleDetail => {
    const { idsByTopic, idsByProvider } = forStories()
    // The most specific topic (fewest articles) that has other stories to offer.
    const topic = a.topicIds
      .filter((t) => idsByTopic[t]!.length > 1)
      .sort((x, y) => idsByTopic[x]!.length - idsByTopic[y]!.length)[0]
    const topicRef = topic === undefined ? undefined : dataset.topics[topic]!
    const place = (key: string, ids: number[]): ListPlace => ({
      key,
      at: positionOf(ids, a.id),
      length: ids.length,
    })
    return {
      id: a.id,
      slug: a.slug,
      title: a.title,
      excerpt: a.excerpt,
      date: a.date,
      url: a.url,
      ampUrl: a.ampUrl,
      category: a.category,
      type: a.type,
      quality: a.quality,
      heat: a.heat,
      published: a.published,
      provider: a.provider,
      topics: a.topicIds.map((t) => ({
        slug: dataset.topics[t]!.slug,
        name: dataset.topics[t]!.name,
      })),
      images: a.images,
      related: a.related.map(toRelatedStory),
      ...withItems('clusterCoverage', clusters.extraCoverage(a)),
      ...(topicRef && {
        moreOnTopic: {
          topic: { slug: topicRef.slug, name: topicRef.name },
          list: place(topicListKey(topicRef.id), idsByTopic[topicRef.id]!),
        },
      }),
      moreFromProvider: place(providerListKey(a.providerId), idsByProvider[a.providerId]!),
    }
  }

  /** A list's ids by its key (`t3`, `p12`), for the lists that have more than one story. */
  const listIds = (key: string): number[] | undefined => {
    const { idsByTopic, idsByProvider } = forStories()
    const id = fileNumber(key.slice(1), Infinity)
    const ids = id === undefined ? undefined : (key[0] === 't' ? idsByTopic : idsByProvider)[id]
    return ids && ids.length > 1 ? ids : undefined
  }
  const listPaths = () => {
    const { idsByTopic, idsByProvider } = forStories()
    const out: string[] = []
    const add = (key: string, ids: number[]) => {
      if (ids.length < 2) return
      for (let n = 0; n * LIST_SIZE < ids.length; n++) out.push(dataPaths.list(key, n))
    }
    idsByTopic.forEach((ids, t) => add(topicListKey(t), ids))
    idsByProvider.forEach((ids, p) => add(providerListKey(p), ids))
    return out
  }

  const cache = new Map<string, string | Uint8Array>()
  const generate = (path: string): string | Uint8Array | undefined => {
    if (path === dataPaths.facets) return JSON.stringify(facets())
    if (path === dataPaths.index) {
      return encodeFacetIndex(cards.map((c) => ({ ...toFacetRow(c), cluster: clusters.of[c.id]! })))
    }
    const searchFile = search.read(path)
    if (searchFile !== undefined) return searchFile
    const shard = fileNumber(/^cards\/(\d+)\.json$/.exec(path)?.[1], shardCount)
    if (shard !== undefined) {
      return JSON.stringify(
        cards.slice(shard * SHARD_SIZE, (shard + 1) * SHARD_SIZE).map(shardCard),
      )
    }
    const n = fileNumber(/^stories\/(\d+)\.json\.gz$/.exec(path)?.[1], storyFiles)
    if (n !== undefined) {
      const details: Record<string, ArticleDetail> = {}
      for (const a of forStories().byFile[n]!) details[a.slug] = detail(a)
      return JSON.stringify(details)
    }
    const list = /^lists\/([tp]\d+)-(\d+)\.json\.gz$/.exec(path)
    const ids = list ? listIds(list[1]!) : undefined
    const part = ids && fileNumber(list![2], Math.ceil(ids.length / LIST_SIZE))
    if (ids && part !== undefined) {
      return JSON.stringify(ids.slice(part * LIST_SIZE, (part + 1) * LIST_SIZE).map(lite))
    }
    return undefined
  }

  const render = (path: string) => {
    let content = cache.get(path)
    if (content === undefined) {
      content = generate(path)
      // Details and lists are cheap to render and weigh most of all: keep only the other files.
      if (content !== undefined && !isCompressed(path)) cache.set(path, content)
    }
    return content
  }

  return {
    paths: () => [
      dataPaths.facets,
      dataPaths.index,
      ...Array.from({ length: shardCount }, (_, n) => dataPaths.shard(n)),
      ...Array.from({ length: storyFiles }, (_, n) => dataPaths.stories(n)),
      ...listPaths(),
    ],
    searchPaths: () => search.paths(),
    prepareSearch: () => search.prepare(),
    render,
    read(path) {
      const content = render(path)
      return content !== undefined && isCompressed(path) ? gzipSync(content) : content
    },
  }
}

/** The articles of each story file, and the ids of each topic's and each provider's articles, newest first. */
function storyLookups({ articles, topics, providers }: Dataset, storyFiles: number) {
  const byFile = Array.from({ length: storyFiles }, () => [] as DatasetArticle[])
  const idsByTopic = topics.map(() => [] as number[])
  const idsByProvider = providers.map(() => [] as number[])
  for (const a of articles) {
    byFile[storyFile(a.slug, storyFiles)]!.push(a)
    for (const t of a.topicIds) idsByTopic[t]!.push(a.id)
    idsByProvider[a.providerId]!.push(a.id)
  }
  return { byFile, idsByTopic, idsByProvider }
}

function toCard(a: DatasetArticle): Card {
  const image = a.images[0]
  return {
    id: a.id,
    slug: a.slug,
    title: a.title,
    excerpt: truncate(a.excerpt, CARD_EXCERPT_CHARS),
    date: a.date,
    provider: a.providerId,
    topics: a.topicIds,
    ...(image && { image }),
    ...(a.heat !== undefined && { heat: a.heat }),
    ...(a.quality !== undefined && { quality: a.quality }),
    published: a.published,
    related: a.related.length,
  }
}

function toFacetRow(c: Card) {
  return {
    date: c.date,
    provider: c.provider,
    topics: c.topics,
    quality: c.quality,
    heat: c.heat,
    published: c.published,
    hasImage: c.image !== undefined,
  }
}

/** The position of `id` in a sorted list of ids that holds it. */
function positionOf(ids: number[], id: number): number {
  let lo = 0
  let hi = ids.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (ids[mid]! < id) lo = mid + 1
    else hi = mid
  }
  return lo
}

const withItems = <K extends string, T>(key: K, items: T[]) =>
  (items.length > 0 ? { [key]: items } : {}) as Partial<Record<K, T[]>>
