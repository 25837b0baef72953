import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'
import type { ArticleDetail, Card, Facets, Provider, Topic } from '../../src/shared/data.ts'
import { decodeFacetIndex } from '../../src/shared/facet-index.ts'

/*
 * The data a project's site was built with, read from its build output
 * (`dist-e2e/<project>/data/<hash>/`), so that expectations follow whatever articles the site
 * serves instead of hard-coded guesses.
 */

// The JSON contract the build writes and the app reads: the tests read the same files.
export type { ArticleDetail, Card, Provider, Topic } from '../../src/shared/data.ts'

export interface SiteData {
  /** The data folder on disk (`dist-e2e/<project>/data/<hash>/`). */
  dir: string
  facets: Facets
  /** Every card, newest first. */
  cards: Card[]
  /** The feed's cards as it shows them by default: one per story cluster, newest first. */
  feedCards: Card[]
  /** `cards` as a clustered feed shows them: the first of each story cluster, in their order. */
  collapse: (cards: Card[]) => Card[]
  /** Each article's cluster: the id of its newest article. */
  clusterOf: (id: number) => number
  article: (slug: string) => ArticleDetail
  /** Every article's detail, newest first. */
  articles: () => ArticleDetail[]
  topic: (slug: string) => Topic
  provider: (domain: string) => Provider
  /** What a story page shows around a story, worked out from the cards alone. */
  neighbours: (slug: string) => Neighbours
}

export interface Neighbours {
  /** "More on …": its most specific topic with other stories, and the nearest of them. */
  moreOnTopic?: { topic: Topic; cards: Card[] }
  moreFromProvider: Card[]
  newer?: Card
  older?: Card
}

/**
 * The `count` cards nearest to `card` in `list` (newest first), taken alternately older then
 * newer, in list order: written again here, not imported, so that the tests check the app's.
 */
function nearest(list: Card[], card: Card, count = 4): Card[] {
  const at = list.indexOf(card)
  const picked = new Set<number>()
  for (let step = 1; picked.size < count && (at - step >= 0 || at + step < list.length); step++) {
    if (at + step < list.length) picked.add(at + step)
    if (picked.size < count && at - step >= 0) picked.add(at - step)
  }
  return [...picked].sort((x, y) => x - y).map((i) => list[i]!)
}

/** A data file's JSON; a `.json.gz` one (story files, lists) is inflated first. */
const readJson = <T>(file: string): T => {
  const bytes = readFileSync(file)
  return JSON.parse((file.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8')) as T
}

function dataDir(project: string): string {
  const root = path.resolve(import.meta.dirname, '..', '..', 'dist-e2e', project, 'data')
  const dirs = existsSync(root)
    ? readdirSync(root)
        .map((d) => path.join(root, d))
        .filter((d) => existsSync(path.join(d, 'facets.json')))
    : []
  if (dirs.length === 0) throw new Error(`no built data for project "${project}" under ${root}`)
  // One build per run (--emptyOutDir); should there be several, the newest is the one served.
  return dirs.sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0]!
}

const cache = new Map<string, SiteData>()

export function siteData(project: string): SiteData {
  const cached = cache.get(project)
  if (cached) return cached
  const dir = dataDir(project)
  const facets = readJson<Facets>(path.join(dir, 'facets.json'))
  const cards = Array.from({ length: facets.shardCount }, (_, n) =>
    readJson<Card[]>(path.join(dir, 'cards', `${n}.json`)),
  ).flat()
  const bytes = readFileSync(path.join(dir, 'index.bin'))
  const { cluster } = decodeFacetIndex(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
  )
  const clusterOf = (id: number) => cluster[id]!
  const collapse = (list: Card[]) => {
    const taken = new Set<number>()
    return list.filter((c) => !taken.has(clusterOf(c.id)) && taken.add(clusterOf(c.id)))
  }
  // Story details, a few to a file (`stories/<n>.json.gz`, keyed by slug), read when first asked for.
  let details: Map<string, ArticleDetail> | undefined
  const article = (slug: string) => {
    details ??= new Map(
      readdirSync(path.join(dir, 'stories')).flatMap((f) =>
        Object.entries(readJson<Record<string, ArticleDetail>>(path.join(dir, 'stories', f))),
      ),
    )
    const detail = details.get(slug)
    if (!detail) throw new Error(`no story ${slug} in ${dir}/stories`)
    return detail
  }
  const neighbours = (slug: string): Neighbours => {
    const card = cards.find((c) => c.slug === slug)
    if (!card) throw new Error(`no card ${slug}`)
    const topic = card.topics
      .map((t) => facets.topics[t]!)
      .filter((t) => t.count > 1)
      .sort((a, b) => a.count - b.count)[0]
    return {
      ...(topic && {
        moreOnTopic: {
          topic,
          cards: nearest(
            cards.filter((c) => c.topics.includes(topic.id)),
            card,
          ),
        },
      }),
      moreFromProvider: nearest(
        cards.filter((c) => c.provider === card.provider),
        card,
      ),
      newer: cards[card.id - 1],
      older: cards[card.id + 1],
    }
  }
  const data: SiteData = {
    dir,
    facets,
    cards,
    feedCards: collapse(cards),
    collapse,
    clusterOf,
    neighbours,
    article,
    articles: () => cards.map((c) => article(c.slug)),
    topic: (slug) => {
      const topic = facets.topics.find((t) => t.slug === slug)
      if (!topic) throw new Error(`no topic ${slug}`)
      return topic
    },
    provider: (domain) => {
      const provider = facets.providers.find((p) => p.domain === domain)
      if (!provider) throw new Error(`no provider ${domain}`)
      return provider
    },
  }
  cache.set(project, data)
  return data
}

/** "242 articles", "1 article": how the feed's status line counts. */
export const countText = (n: number) =>
  `${new Intl.NumberFormat('en-US').format(n)} ${n === 1 ? 'article' : 'articles'}`

export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * Lowercase, accents stripped, runs of letters and digits: how the search box reads text,
 * written again here (not imported from the app) so that the tests' oracle is independent.
 */
export const words = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .match(/[\p{L}\p{N}]+/gu) ?? []

/**
 * The biggest topic short of every article (ties to the smaller id): ticking it narrows the
 * feed and still leaves many stories.
 */
export const narrowingTopic = ({ topics, articleCount }: Facets): Topic =>
  topics
    .filter((t) => t.count < articleCount)
    .sort((a, b) => b.count - a.count || a.id - b.id)[0] ?? topics[0]!
