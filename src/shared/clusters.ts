import { canonicalUrl } from './canonical-url.ts'
import { searchTerms } from './search-query.ts'

/*
 * Story clusters: the articles that report one story, found at build time. Two articles are
 * joined when either holds:
 *
 *   linked   one lists the other among its related stories (a related link equal to the other's
 *            original, web or AMP URL once both are canonical, canonical-url.ts), they were
 *            published within LINKED_WINDOW_DAYS of each other, and their titles are at least
 *            LINKED_MATCH alike. A digest's "related" list is loose (the same market in another
 *            press release, the same technology in another story): the link alone is not enough.
 *   titles   their titles are at least TITLE_MATCH alike, share at least TITLE_OVERLAP of the
 *            shorter title's words (and three words at least), and were published within
 *            TITLE_WINDOW_HOURS of each other.
 *
 * "Alike" is the cosine similarity of the titles' TF-IDF vectors: each title a set of words
 * (lowercase, accents stripped, stop words, numbers and one-letter words dropped, a plural's
 * final s cut), each word weighted by its inverse document frequency over the collection's
 * titles, ln((N + 1) / (df + 1)) + 1. Words every second headline has ("artificial
 * intelligence" in an AI digest) count for little; names ("ICMR", "SageMaker") for a lot.
 * A cluster is every article reachable through such joins, within MAX_CLUSTER_DAYS of each other.
 *
 * The thresholds were read off the real corpus (243 articles of the "A.I. Every Day" digest;
 * src/plugin/story-clusters.corpus.test.ts lists every cluster they form there, 15 of 2 to 5
 * articles, each one story): the same story told by two outlets scores 0.39–1.0 there, while
 * different stories published within four days score at most 0.33 (two market-research press
 * releases) and loose related links 0.13–0.29. What it misses there: two reports of one story
 * worded apart (DeepMind's Stratego player, 0.31).
 */

/** Title similarity that joins two articles published within TITLE_WINDOW_HOURS. */
export const TITLE_MATCH = 0.4
export const TITLE_WINDOW_HOURS = 96
/** …and share at least this part of the shorter title's words (the overlap coefficient). */
export const TITLE_OVERLAP = 0.5
/** Title similarity that joins two articles when one lists the other as related. */
export const LINKED_MATCH = 1 / 3
export const LINKED_WINDOW_DAYS = 14
/**
 * No cluster spans more than this from its first article to its last: a chain of alike
 * headlines (a weekly press release, a running series) is several stories, not one.
 */
export const MAX_CLUSTER_DAYS = 14
/** Titles matched on their own must share this many words (as counted here), names and all. */
const MIN_SHARED_WORDS = 3

const STOP_WORDS = new Set(
  (
    'a an and are as at be been being but by can could did do does for from had has have how ' +
    'i if in into is it its just may might more most new no not now of on or our out over says ' +
    'said say should so than that the their them there these they this those to up us via was ' +
    'we were what when where which who why will with would you your about after all also'
  ).split(' '),
)

/** The words of a title that tell it apart, once each. */
export function titleWords(title: string): string[] {
  const words = new Set<string>()
  for (const term of searchTerms(title)) {
    if (term.length < 2 || STOP_WORDS.has(term) || /^\d+$/.test(term)) continue
    words.add(
      term.length > 3 && term.endsWith('s') && !term.endsWith('ss') ? term.slice(0, -1) : term,
    )
  }
  return [...words]
}

/** What clustering reads of one article; `id` is its position in the newest-first order. */
export interface ClusterStory {
  id: number
  /** ISO date. */
  date: string
  title: string
  /** Its own links: original, web, AMP. */
  urls: readonly (string | undefined)[]
  /** Its related stories' links, each story's (its link and AMP link) together. */
  related: readonly (readonly (string | undefined)[])[]
}

/** What clustering works on, made once per article (a dev server keeps it while a file is unchanged). */
export interface PreparedStory {
  time: number
  words: string[]
  /** Canonical forms of its own links, and of each related story's links. */
  keys: string[]
  relatedKeys: string[][]
}

const canonicalKeys = (urls: readonly (string | undefined)[]) => [
  ...new Set(urls.flatMap((u) => (u && canonicalUrl(u)) || [])),
]

export function prepareStory(s: Omit<ClusterStory, 'id'>): PreparedStory {
  return {
    time: Date.parse(s.date),
    words: titleWords(s.title),
    keys: canonicalKeys(s.urls),
    relatedKeys: s.related.map(canonicalKeys),
  }
}

/** Measures title similarity within one collection (the weights depend on all its titles). */
export function titleSimilarity(words: readonly (readonly string[])[]) {
  const df = new Map<string, number>()
  for (const list of words) for (const w of list) df.set(w, (df.get(w) ?? 0) + 1)
  const n = words.length
  const weight = new Map<string, number>()
  for (const [w, count] of df) weight.set(w, (Math.log((n + 1) / (count + 1)) + 1) ** 2)
  const norms = words.map((list) => Math.sqrt(list.reduce((sum, w) => sum + weight.get(w)!, 0)))
  return {
    /** Squared weight of a word (the contribution of a shared word to a dot product). */
    weight: (w: string) => weight.get(w) ?? 0,
    norm: (i: number) => norms[i]!,
    /** Cosine similarity of titles i and j, 0 to 1. */
    similarity(i: number, j: number): number {
      if (norms[i] === 0 || norms[j] === 0) return 0
      const other = new Set(words[j])
      let dot = 0
      for (const w of words[i]!) if (other.has(w)) dot += weight.get(w)!
      return dot / (norms[i]! * norms[j]!)
    },
  }
}

/**
 * Each article's cluster, as the id of the cluster's newest article (`cluster[id] === id` for an
 * article on its own and for a cluster's newest). `stories` must be newest first, `stories[i].id
 * === i`.
 */
export function clusterStories(stories: readonly ClusterStory[]): Uint32Array {
  return clusterPrepared(stories.map(prepareStory))
}

/**
 * `clusterStories` on prepared stories, newest first. Linear in the collection, but for the
 * titles published within the window of each other that share a word.
 */
export function clusterPrepared(stories: readonly PreparedStory[]): Uint32Array {
  const n = stories.length
  const parent = Uint32Array.from({ length: n }, (_, i) => i)
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!
      i = parent[i]!
    }
    return i
  }
  const time = (i: number) => stories[i]!.time
  // Each cluster's first and last publication time (kept at its root).
  const first = Float64Array.from(stories, (s) => s.time)
  const last = Float64Array.from(stories, (s) => s.time)
  const maxSpan = MAX_CLUSTER_DAYS * 86_400_000
  /** Joins the clusters of a and b, unless together they would span more than MAX_CLUSTER_DAYS. */
  const join = (a: number, b: number) => {
    const x = find(a)
    const y = find(b)
    if (x === y) return
    const from = Math.min(first[x]!, first[y]!)
    const to = Math.max(last[x]!, last[y]!)
    if (to - from > maxSpan) return
    const [root, child] = x < y ? [x, y] : [y, x]
    parent[child] = root
    first[root] = from
    last[root] = to
  }
  const words = stories.map((s) => s.words)
  const sim = titleSimilarity(words)

  // Linked: a related link that is another article's own link.
  const byUrl = new Map<string, number>()
  stories.forEach((s, i) => {
    for (const key of s.keys) if (!byUrl.has(key)) byUrl.set(key, i)
  })
  const linkedWindow = LINKED_WINDOW_DAYS * 86_400_000
  stories.forEach((s, i) => {
    for (const keys of s.relatedKeys) {
      for (const key of keys) {
        const j = byUrl.get(key)
        if (j === undefined || j === i || Math.abs(time(i) - time(j)) > linkedWindow) continue
        if (sim.similarity(i, j) >= LINKED_MATCH) join(i, j)
      }
    }
  })

  // Titles: each article against the newer ones within the window that share a word with it.
  const titleWindow = TITLE_WINDOW_HOURS * 3_600_000
  const postings = new Map<string, { ids: number[]; head: number }>()
  const dot = new Float64Array(n)
  const shared = new Uint16Array(n)
  const touched: number[] = []
  for (let i = 0; i < n; i++) {
    const own = words[i]!
    if (own.length < MIN_SHARED_WORDS) continue
    for (const w of own) {
      const list = postings.get(w)
      if (!list) continue
      // Newest first: an article too new for this one is too new for every older one.
      while (list.head < list.ids.length && time(list.ids[list.head]!) - time(i) > titleWindow) {
        list.head++
      }
      const weight = sim.weight(w)
      for (let k = list.head; k < list.ids.length; k++) {
        const j = list.ids[k]!
        if (shared[j] === 0) touched.push(j)
        dot[j]! += weight
        shared[j]!++
      }
    }
    for (const j of touched) {
      const overlap = shared[j]! / Math.min(own.length, words[j]!.length)
      if (
        shared[j]! >= MIN_SHARED_WORDS &&
        overlap >= TITLE_OVERLAP &&
        dot[j]! / (sim.norm(i) * sim.norm(j)) >= TITLE_MATCH
      ) {
        join(i, j)
      }
      dot[j] = 0
      shared[j] = 0
    }
    touched.length = 0
    for (const w of own) {
      let list = postings.get(w)
      if (!list) postings.set(w, (list = { ids: [], head: 0 }))
      list.ids.push(i)
      // Keep the live part only: what the window dropped is never read again.
      if (list.head > 1024 && list.head * 2 > list.ids.length) {
        list.ids = list.ids.slice(list.head)
        list.head = 0
      }
    }
  }
  return parent.map((_, i) => find(i))
}
