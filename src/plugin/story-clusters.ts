import { clusterPrepared, prepareStory } from '../shared/clusters.ts'
import type { CardCoverage, ProviderRef, RelatedStory } from '../shared/data.ts'
import { truncate } from '../shared/text.ts'
import {
  DatasetCaches,
  type Dataset,
  type DatasetArticle,
  type DatasetRelated,
} from './build-dataset.ts'

/** The related coverage shows two lines of an excerpt: this is more than two lines hold. */
const RELATED_EXCERPT_CHARS = 240
/** Logos a card stacks beside its "N outlets". */
const CARD_LOGOS = 3

export interface StoryClusters {
  /** Each article's cluster: the id of its newest article (clusters.ts). */
  of: Uint32Array
  /** Ids a clustered newest-first feed leaves out: every article but its cluster's newest. */
  hidden: number[]
  /** The rest of the article's cluster's coverage (ArticleDetail.clusterCoverage). */
  extraCoverage(a: DatasetArticle): RelatedStory[]
  /** What its card says of its cluster's coverage, when more than one outlet has it. */
  card(a: DatasetArticle): CardCoverage | undefined
}

/**
 * The dataset's story clusters, and what the cards and story pages show of them: a cluster's
 * coverage is its articles and every related story they list, once each (by canonical URL).
 */
export function storyClusters({ articles }: Dataset, caches = new DatasetCaches()): StoryClusters {
  const prepared = articles.map((a) => {
    let story = caches.clusterInputs.get(a)
    if (!story) {
      story = prepareStory({
        date: a.date,
        title: a.title,
        urls: [a.url, a.webUrl, a.ampUrl],
        related: a.related.map((r) => [r.url, r.ampUrl]),
      })
      caches.clusterInputs.set(a, story)
    }
    return story
  })
  const of = clusterPrepared(prepared)
  const members = new Map<number, DatasetArticle[]>()
  const hidden: number[] = []
  for (const a of articles) {
    const root = of[a.id]!
    if (root !== a.id) hidden.push(a.id)
    let list = members.get(root)
    if (!list) members.set(root, (list = []))
    list.push(a)
  }

  /** A cluster's coverage, each story once: its articles (newest first), then their related. */
  const coverageCache = new Map<number, CoverageEntry[]>()
  const coverageOf = (root: number) => {
    const cached = coverageCache.get(root)
    if (cached) return cached
    const seen = new Set<string>()
    const list: CoverageEntry[] = []
    const add = (entry: CoverageEntry) => {
      if (entry.keys.some((k) => seen.has(k))) return
      for (const k of entry.keys) seen.add(k)
      list.push(entry)
    }
    const group = members.get(root) ?? []
    for (const a of group) add({ member: a, keys: prepared[a.id]!.keys })
    for (const a of group) {
      const keys = prepared[a.id]!.relatedKeys
      a.related.forEach((r, i) => add({ related: r, keys: keys[i]! }))
    }
    coverageCache.set(root, list)
    return list
  }

  return {
    of,
    hidden,
    extraCoverage(a) {
      // An article on its own: its related stories are all its cluster has.
      if (members.get(of[a.id]!)!.length === 1) return []
      const coverage = coverageOf(of[a.id]!)
      const { keys, relatedKeys } = prepared[a.id]!
      const own = new Set([...keys, ...relatedKeys.flat()])
      return coverage
        .filter((c) => !c.keys.some((k) => own.has(k)))
        .map((c) => (c.member ? memberStory(c.member) : toRelatedStory(c.related!)))
    },
    card(a) {
      if (a.related.length === 0 && members.get(of[a.id]!)!.length === 1) return undefined
      const coverage = coverageOf(of[a.id]!)
      const outlets = new Map<string, ProviderRef>()
      for (const c of coverage) {
        const { provider } = c.member ?? c.related!
        if (!outlets.has(provider.domain)) outlets.set(provider.domain, provider)
      }
      if (outlets.size < 2) return undefined
      // This article's own outlet first, then the others in the coverage's order.
      const logos = [
        a.provider,
        ...[...outlets.values()].filter((p) => p.domain !== a.provider.domain),
      ]
      return {
        outlets: outlets.size,
        logos: logos.slice(0, CARD_LOGOS).map(({ domain, name, logo }) => ({
          domain,
          name,
          ...(logo && { logo }),
        })),
      }
    },
  }
}

/** One story of a cluster's coverage: one of its articles, or a related story one lists. */
interface CoverageEntry {
  member?: DatasetArticle
  related?: DatasetRelated
  keys: string[]
}

/** An article of the cluster, as the story page lists it: linked to its own page. */
function memberStory({ title, excerpt, date, url, provider, slug }: DatasetArticle): RelatedStory {
  return toRelatedStory({ title, excerpt: excerpt || undefined, date, url, provider, slug })
}

/** What the story page shows of a related story: no AMP link, quality or image, a short excerpt. */
export function toRelatedStory({
  title,
  excerpt,
  date,
  url,
  provider,
  slug,
}: DatasetRelated): RelatedStory {
  return {
    title,
    ...(excerpt !== undefined && { excerpt: truncate(excerpt, RELATED_EXCERPT_CHARS) }),
    ...(date !== undefined && { date }),
    url,
    provider,
    ...(slug !== undefined && { slug }),
  }
}
