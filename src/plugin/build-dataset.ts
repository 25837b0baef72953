import type { Card, Provider, ProviderRef, Topic } from '../shared/data.ts'
import type { SourceArticle, SourceRelated } from '../shared/normalise-article.ts'
import { canonicalUrl } from '../shared/canonical-url.ts'
import type { PreparedStory } from '../shared/clusters.ts'
import { createSlugAllocator, slugify } from '../shared/slug.ts'

/*
 * The corpus-wide dataset pass. Over 250 lines on purpose: the full pass and `patch` (its
 * incremental twin for the dev server) must make the same dataset, and they share the indexes
 * and the derivation below; split apart, each half would be unreadable without the other.
 */

/** A valid article file, as the dataset step receives it. */
export interface ValidFile {
  /** Path relative to the articles folder, `/`-separated. */
  file: string
  article: SourceArticle
}

export interface DatasetRelated extends SourceRelated {
  slug?: string
}

export interface DatasetArticle extends Omit<SourceArticle, 'related' | 'topics'> {
  /** Position in the newest-first order. */
  id: number
  slug: string
  file: string
  providerId: number
  topicIds: number[]
  related: DatasetRelated[]
}

export interface Merge {
  url: string
  kept: string
  dropped: string[]
}

export interface Dataset {
  /** Newest first; `articles[i].id === i`. */
  articles: DatasetArticle[]
  topics: Topic[]
  providers: Provider[]
  merges: Merge[]
}

const TOP = 5

/**
 * What one pipeline remembers between its dataset passes. The dev server rebuilds the dataset
 * after every saved file, at 50k articles too. Files that did not change keep their parsed
 * `SourceArticle` object, so what was derived from one last time is reused when everything it
 * depends on (slug, provider, topics, linked related stories) is the same: a rebuild then
 * allocates little beyond the changed article. Owned by one pipeline (see pipeline.ts), so it
 * lives as long as its server or build, and grows only with the names it has seen there.
 */
export class DatasetCaches {
  readonly derived = new WeakMap<
    SourceArticle,
    { article: DatasetArticle; relatedKey: unknown[] }
  >()
  readonly fileSlugs = new Map<string, string>()
  /** One object per provider as shown (domain, name, logo). */
  readonly providerRefs = new Map<string, ProviderRef>()
  /** The provider as shown that each parsed provider object became last time. */
  readonly shownAs = new WeakMap<ProviderRef, ProviderRef>()
  /** Each article's card (emit-data.ts): unchanged articles keep their object, and card. */
  readonly cards = new WeakMap<DatasetArticle, Card>()
  /** What clustering reads of each article (story-clusters.ts), kept while it is unchanged. */
  readonly clusterInputs = new WeakMap<DatasetArticle, PreparedStory>()

  fileSlug(file: string): string {
    let slug = this.fileSlugs.get(file)
    if (slug === undefined) {
      slug = slugify(baseName(file)) || 'article'
      this.fileSlugs.set(file, slug)
    }
    return slug
  }
}

/**
 * Corpus-wide normalisation: merges files that share a URL (the later `publishedDateTime`
 * wins), gives each article a unique slug from its file name, unifies topic spellings and
 * provider names, lends logos between articles of one domain, and links related stories that
 * are themselves in the corpus. Input order does not matter; output is deterministic.
 */
export function buildDataset(files: ValidFile[], caches?: DatasetCaches): Dataset {
  return buildPatchableDataset(files, caches).dataset
}

/**
 * `buildDataset`, plus a way to apply one edited file without the corpus-wide pass: `patch`
 * gives the next dataset when the edit changes nothing that other articles depend on (URL,
 * provider, topics, its related stories' links and providers; a new date moves the article and
 * renumbers those it passes), and undefined otherwise.
 */
export function buildPatchableDataset(
  files: ValidFile[],
  caches = new DatasetCaches(),
): {
  dataset: Dataset
  patch: (before: SourceArticle, after: ValidFile) => Dataset | undefined
} {
  const sorted = [...files].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))
  const { kept, merges } = mergeDuplicates(sorted)

  const allocate = createSlugAllocator()
  const withSlugs = kept.map((f) => ({
    ...f,
    slug: allocate(caches.fileSlug(f.file)),
  }))
  withSlugs.sort((a, b) => dateOrder(a.article.date, a.slug, b.article.date, b.slug))

  // Made in date order: ties in spellings, names and borrowed logos go to the newest.
  const indexes = indexCorpus(withSlugs, caches)
  const { topicIndex, providerIndex, slugByUrl } = indexes
  /** The files as `articles` stands, in its order (kept in step by `patch`). */
  let order = withSlugs

  const derive = (f: ValidFile & { slug: string }, id: number): DatasetArticle => {
    const { topics, related } = f.article
    const provider = providerIndex.ref(f.article.provider)
    const providerId = providerIndex.idOf(f.article.provider.domain)
    const topicIds = [...new Set(topics.map((t) => topicIndex.idOf(t)))]
    // What the related stories take from the rest of the corpus: a provider and maybe a slug.
    const relatedKey: unknown[] = []
    for (const r of related) {
      const slug = linkedSlug(slugByUrl, r)
      relatedKey.push(providerIndex.ref(r.provider), slug !== f.slug ? slug : undefined)
    }
    const last = caches.derived.get(f.article)
    let article: DatasetArticle
    if (
      last &&
      last.article.slug === f.slug &&
      last.article.file === f.file &&
      last.article.provider === provider &&
      last.article.providerId === providerId &&
      sameItems(last.article.topicIds, topicIds) &&
      sameItems(last.relatedKey, relatedKey)
    ) {
      article = last.article.id === id ? last.article : { ...last.article, id }
    } else {
      const { topics: _topics, related: _related, ...rest } = f.article
      article = {
        ...rest,
        id,
        slug: f.slug,
        file: f.file,
        provider,
        providerId,
        topicIds,
        related: related
          .map((r, i) => {
            const slug = relatedKey[2 * i + 1] as string | undefined
            return {
              ...r,
              provider: relatedKey[2 * i] as ProviderRef,
              ...(slug !== undefined && { slug }),
            }
          })
          .sort(newestFirst),
      }
    }
    caches.derived.set(f.article, { article, relatedKey })
    return article
  }
  let articles = withSlugs.map(derive)

  const providersByTopic = topicIndex.list.map(() => new Map<number, number>())
  const topicsByProvider = providerIndex.list.map(() => new Map<number, number>())
  for (const a of articles) {
    for (const t of a.topicIds) {
      bump(providersByTopic[t]!, a.providerId)
      bump(topicsByProvider[a.providerId]!, t)
    }
  }
  const topics = topicIndex.list.map((t) => ({ ...t, topProviders: top(providersByTopic[t.id]!) }))
  const providers = providerIndex.list.map((p) => {
    const topTopics = top(topicsByProvider[p.id]!)
    return {
      ...p,
      topTopics,
      topTopicCounts: topTopics.map((t) => topicsByProvider[p.id]!.get(t)!),
    }
  })

  const patch = (before: SourceArticle, after: ValidFile): Dataset | undefined => {
    const at = articles.findIndex((a) => a.file === after.file)
    // A file merged away, or an edit that others depend on: the whole pass it is.
    if (at < 0 || !sameForOthers(before, after.article)) return undefined
    const slug = articles[at]!.slug
    const edited = { ...after, slug }
    const { date } = after.article
    if (date === before.date) {
      articles = articles.slice()
      articles[at] = derive(edited, at)
      order = order.slice()
      order[at] = edited
      return { articles, topics, providers, merges }
    }
    // A new date moves the article, and the ids between its old and new place. Unless its URL
    // was merged (the date decides which file wins), or the move changes what the indexes made
    // in date order hold (a tie in a spelling, a name or a borrowed logo; a shared web URL).
    if (merges.some((m) => m.url === after.article.url)) return undefined
    const rest = articles.filter((_, i) => i !== at)
    // Where the full pass would put it.
    let lo = 0
    let hi = rest.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (dateOrder(rest[mid]!.date, rest[mid]!.slug, date, slug) < 0) lo = mid + 1
      else hi = mid
    }
    const to = lo
    const otherFiles = order.filter((_, i) => i !== at)
    const nextOrder = [...otherFiles.slice(0, to), edited, ...otherFiles.slice(to)]
    if (!sameIndexes(indexes, indexCorpus(nextOrder, caches))) return undefined
    order = nextOrder
    articles = [...rest.slice(0, to), articles[at]!, ...rest.slice(to)]
    for (let id = Math.min(at, to); id <= Math.max(at, to); id++) {
      const a = articles[id]!
      articles[id] = id === to ? derive(edited, id) : a.id === id ? a : { ...a, id }
    }
    return { articles, topics, providers, merges }
  }
  return { dataset: { articles, topics, providers, merges }, patch }
}

/** The articles' order: newest first, equal dates by slug (ISO dates compare as strings). */
function dateOrder(aDate: string, aSlug: string, bDate: string, bSlug: string): number {
  if (aDate !== bDate) return aDate < bDate ? 1 : -1
  return aSlug < bSlug ? -1 : aSlug > bSlug ? 1 : 0
}

/**
 * Whether an edit leaves untouched everything that other articles take from this one, its date
 * apart (which only moves it, unless its URL was merged).
 */
function sameForOthers(a: SourceArticle, b: SourceArticle): boolean {
  const sameProvider = (x: ProviderRef, y: ProviderRef) =>
    x.domain === y.domain && x.name === y.name && x.logo === y.logo
  return (
    a.url === b.url &&
    a.webUrl === b.webUrl &&
    a.ampUrl === b.ampUrl &&
    sameProvider(a.provider, b.provider) &&
    sameItems(a.topics, b.topics) &&
    a.related.length === b.related.length &&
    a.related.every(
      (r, i) => r.url === b.related[i]!.url && sameProvider(r.provider, b.related[i]!.provider),
    )
  )
}

/** The slug of the article a related story is, found by its link or its AMP link. */
function linkedSlug(slugByUrl: Map<string, string>, r: SourceRelated): string | undefined {
  for (const url of [r.url, r.ampUrl]) {
    const key = url && canonicalUrl(url)
    const slug = key ? slugByUrl.get(key) : undefined
    if (slug !== undefined) return slug
  }
  return undefined
}

/** What the corpus-wide pass reads off all files, in their date order. */
function indexCorpus(files: (ValidFile & { slug: string })[], caches: DatasetCaches) {
  // By canonical URL (canonical-url.ts): a related link finds the article however it is written.
  const slugByUrl = new Map<string, string>()
  for (const f of files) {
    for (const url of [f.article.url, f.article.webUrl, f.article.ampUrl]) {
      const key = url && canonicalUrl(url)
      if (key && !slugByUrl.has(key)) slugByUrl.set(key, f.slug)
    }
  }
  return {
    topicIndex: indexTopics(files.map((f) => f.article.topics)),
    providerIndex: indexProviders(
      files.map((f) => f.article),
      caches,
    ),
    slugByUrl,
  }
}

/** Whether two corpus indexes give every article the same topics, providers and links. */
function sameIndexes(a: ReturnType<typeof indexCorpus>, b: ReturnType<typeof indexCorpus>) {
  const sameList = <T extends object>(x: T[], y: T[], keys: (keyof T)[]) =>
    x.length === y.length && x.every((item, i) => keys.every((k) => item[k] === y[i]![k]))
  const sameMap = <K, V>(x: Map<K, V>, y: Map<K, V>) =>
    x.size === y.size && [...x].every(([k, v]) => y.has(k) && y.get(k) === v)
  return (
    sameList(a.topicIndex.list, b.topicIndex.list, ['slug', 'name', 'count']) &&
    sameList(a.providerIndex.list, b.providerIndex.list, ['domain', 'name', 'count', 'logo']) &&
    sameMap(a.providerIndex.logos, b.providerIndex.logos) &&
    sameMap(a.slugByUrl, b.slugByUrl)
  )
}

function mergeDuplicates(files: ValidFile[]) {
  const winner = new Map<string, number>()
  const dropped = new Map<string, string[]>()
  const kept: (ValidFile | undefined)[] = []
  files.forEach((f, i) => {
    const prev = winner.get(f.article.url)
    if (prev === undefined) {
      winner.set(f.article.url, i)
      kept[i] = f
      return
    }
    const old = kept[prev]!
    const newerWins = f.article.date >= old.article.date
    const [win, lose, winAt] = newerWins ? [f, old, i] : [old, f, prev]
    dropped.set(f.article.url, [...(dropped.get(f.article.url) ?? []), lose.file])
    kept[prev] = undefined
    kept[winAt] = win
    winner.set(f.article.url, winAt)
  })
  const merges: Merge[] = [...dropped].map(([url, lost]) => ({
    url,
    kept: kept[winner.get(url)!]!.file,
    dropped: lost.sort(),
  }))
  return { kept: kept.filter((f): f is ValidFile => f !== undefined), merges }
}

function baseName(file: string) {
  return file.slice(file.lastIndexOf('/') + 1).replace(/\.md$/i, '')
}

/** Most common spelling wins; ties go to the spelling seen first. */
function mostCommon(counts: Map<string, number>): string {
  let best = ''
  let bestCount = -1
  for (const [name, n] of counts) {
    if (n > bestCount) [best, bestCount] = [name, n]
  }
  return best
}

function indexTopics(perArticle: string[][]) {
  const byKey = new Map<string, { spellings: Map<string, number>; count: number }>()
  for (const topics of perArticle) {
    const seen = new Set<string>()
    for (const name of topics) {
      const key = name.toLowerCase()
      const entry = byKey.get(key) ?? { spellings: new Map(), count: 0 }
      byKey.set(key, entry)
      entry.spellings.set(name, (entry.spellings.get(name) ?? 0) + 1)
      if (!seen.has(key)) entry.count++
      seen.add(key)
    }
  }
  const allocate = createSlugAllocator()
  const list: (Topic & { key: string })[] = [...byKey]
    .map(([key, e]) => ({ key, name: mostCommon(e.spellings), count: e.count }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'en'))
    .map((t, id) => ({
      id,
      slug: allocate(slugify(t.name) || 'topic'),
      name: t.name,
      count: t.count,
      topProviders: [],
      key: t.key,
    }))
  const ids = new Map(list.map((t) => [t.key, t.id]))
  return {
    list: list.map(({ key: _key, ...t }) => t),
    idOf: (name: string) => ids.get(name.toLowerCase())!,
  }
}

function indexProviders(articles: SourceArticle[], { shownAs, providerRefs }: DatasetCaches) {
  type Entry = { names: Map<string, number>; count: number; logo?: string }
  const byDomain = new Map<string, Entry>()
  const note = (p: ProviderRef, counts: boolean) => {
    const entry: Entry = byDomain.get(p.domain) ?? { names: new Map(), count: 0 }
    byDomain.set(p.domain, entry)
    if (counts) {
      entry.count++
      entry.names.set(p.name, (entry.names.get(p.name) ?? 0) + 1)
    }
    entry.logo ??= p.logo
  }
  for (const a of articles) note(a.provider, true)
  // Related stories only lend logos; their providers are not sources of the corpus.
  for (const a of articles) for (const r of a.related) note(r.provider, false)

  const list: Provider[] = [...byDomain]
    .filter(([, e]) => e.count > 0)
    .map(([domain, e]) => ({ domain, name: mostCommon(e.names), count: e.count, logo: e.logo }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'en'))
    .map(({ logo, ...p }, id) => ({ id, ...p, ...(logo && { logo }), topTopics: [] }))
  const ids = new Map(list.map((p) => [p.domain, p.id]))
  return {
    list,
    /** The logo each domain lends, related stories' domains included. */
    logos: new Map([...byDomain].map(([domain, e]) => [domain, e.logo])),
    idOf: (domain: string) => ids.get(domain)!,
    /** The provider as shown: the corpus-wide name and a logo borrowed from the domain. */
    ref(p: ProviderRef): ProviderRef {
      const id = ids.get(p.domain)
      const name = id === undefined ? p.name : list[id]!.name
      const logo = p.logo ?? byDomain.get(p.domain)?.logo
      const last = shownAs.get(p)
      if (last && last.name === name && last.logo === logo) return last
      const key = `${p.domain}\n${name}\n${logo ?? ''}`
      let ref = providerRefs.get(key)
      if (ref === undefined) {
        ref = { domain: p.domain, name, ...(logo && { logo }) }
        providerRefs.set(key, ref)
      }
      shownAs.set(p, ref)
      return ref
    },
  }
}

function sameItems(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i])
}

function bump(counts: Map<number, number>, id: number) {
  counts.set(id, (counts.get(id) ?? 0) + 1)
}

/** The `TOP` most frequent ids, most frequent first, ties to the smaller (bigger overall) id. */
function top(counts: Map<number, number>): number[] {
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, TOP)
    .map(([id]) => id)
}

/** ISO dates compare as strings; undated stories go last. (localeCompare is 10× slower here.) */
function newestFirst(a: { date?: string }, b: { date?: string }): number {
  const x = a.date ?? ''
  const y = b.date ?? ''
  return x === y ? 0 : x < y ? 1 : -1
}
