import { siteData, words, type Provider, type Topic } from './data.ts'

/*
 * The search oracle: every article's words as the header box reads text (title, full excerpt,
 * provider and topics: its own text; and the headlines of its related coverage), from the built
 * data files, never from the app's own engine or index, so a wrong answer from the app cannot
 * also be the expected one. A word of the query is found in any of them; phrases and
 * exclusions look at the own text only.
 */

type Field = 'title' | 'excerpt' | 'provider' | 'topics'

export interface Doc {
  slug: string
  /** Its story cluster (the cluster's newest article's id): a clustered feed shows one card each. */
  cluster: number
  title: string
  provider: Provider
  topics: Topic[]
  /** Each field of its own text: its words in search form. */
  fields: Record<Field, string[]>
  /** The words of its own text. */
  own: string[]
  /** The words of its related coverage's headlines. */
  related: string[]
  /** Every word a query word may be found in: its own text's and its related headlines'. */
  all: string[]
}

const docsCache = new Map<string, Doc[]>()

/** Every article of a project's site as the oracle sees it, newest first. */
export function searchDocs(project: string): Doc[] {
  const cached = docsCache.get(project)
  if (cached) return cached
  const { facets, cards, article, clusterOf } = siteData(project)
  const docs = cards.map((card): Doc => {
    const a = article(card.slug)
    const provider = facets.providers[card.provider]!
    const topics = card.topics.map((n) => facets.topics[n]!)
    const fields = {
      title: words(a.title),
      excerpt: words(a.excerpt),
      provider: words(`${provider.name} ${provider.domain}`),
      topics: words(topics.map((x) => x.name).join(' ')),
    }
    const own = Object.values(fields).flat()
    const related = a.related.flatMap((r) => words(r.title))
    return {
      slug: a.slug,
      cluster: clusterOf(card.id),
      title: a.title,
      provider,
      topics,
      fields,
      own,
      related,
      all: [...own, ...related],
    }
  })
  docsCache.set(project, docs)
  return docs
}

/** The docs a clustered feed shows cards for: the first of each story cluster, in their order. */
export const firstOfEachCluster = (docs: Doc[]) => {
  const taken = new Set<number>()
  return docs.filter((d) => !taken.has(d.cluster) && taken.add(d.cluster))
}

/** A word of the query as the search treats a word it knows: also a prefix, from 2 letters. */
export const matchesWord = (tokens: string[], w: string) =>
  tokens.some((t) => (w.length >= 2 ? t.startsWith(w) : t === w))
export const hasWord = (d: Doc, w: string) => matchesWord(d.all, w)
/** A query word in the article's own text, not only in its related coverage's headlines. */
export const hasOwnWord = (d: Doc, w: string) => matchesWord(d.own, w)
/** An excluded word: the word itself only, in the own text. */
export const hasExactWord = (d: Doc, w: string) => d.own.includes(w)
/** The phrase's words in order, next to each other, within one field of the own text. */
export const hasPhrase = (d: Doc, phrase: string) =>
  Object.values(d.fields).some((f) => ` ${f.join(' ')} `.includes(` ${words(phrase).join(' ')} `))
export const hasTopic = (d: Doc, slug: string) => d.topics.some((t) => t.slug === slug)
