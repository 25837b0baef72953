import { queryOptions } from '@tanstack/react-query'
import { dataVersion, storyFileCount } from 'virtual:broadsheet-data'
import { DataNotFoundError } from '../lib/errors.ts'
import type { ArticleDetail, Card, CardLite, Facets } from '../shared/data.ts'
import type { SearchMatches } from '../shared/feed-query.ts'
import { dataPaths, storyFile, storyIn } from '../shared/data-paths.ts'
import { decodeFacetIndex } from '../shared/facet-index.ts'
import { personalCacheKey } from '../shared/feed-personal.ts'
import type { FeedQuery } from '../shared/feed-query.ts'
import { sidebarFiles } from '../shared/story-lists.ts'
import { dataUrl, fetchBinary, fetchJson } from './fetch-data.ts'

/** Query keys, from the broadest to the narrowest; never written by hand at a call site. */
export const dataKeys = {
  all: ['data'] as const,
  facets: () => [...dataKeys.all, 'facets'] as const,
  index: () => [...dataKeys.all, 'index'] as const,
  shard: (n: number) => [...dataKeys.all, 'shard', n] as const,
  article: (slug: string) => [...dataKeys.all, 'article', slug] as const,
  list: (key: string, n: number) => [...dataKeys.all, 'list', key, n] as const,
  searches: () => [...dataKeys.all, 'search'] as const,
  search: (text: string) => [...dataKeys.searches(), text] as const,
  feeds: () => [...dataKeys.all, 'feed'] as const,
  feed: (q: FeedQuery) => [...dataKeys.feeds(), personalCacheKey(q)] as const,
}

/**
 * The files of one build never change, so nothing here goes stale on its own.
 *
 * No query consumes the abort `signal`: route loaders await these same queries,
 * and a component unmounting (StrictMode's double mount, a quick navigation)
 * would otherwise cancel a fetch a loader is still waiting for and surface a
 * CancelledError. The files are small; letting a fetch finish costs nothing.
 */
const forever = { staleTime: Infinity, gcTime: Infinity } as const

export const facetsQuery = () =>
  queryOptions({
    queryKey: dataKeys.facets(),
    queryFn: () => fetchJson<Facets>(dataPaths.facets),
    ...forever,
  })

export const facetIndexQuery = () =>
  queryOptions({
    queryKey: dataKeys.index(),
    queryFn: async () => decodeFacetIndex(await fetchBinary(dataPaths.index)),
    ...forever,
  })

export const shardQuery = (n: number) =>
  queryOptions({
    queryKey: dataKeys.shard(n),
    queryFn: () => fetchJson<Card[]>(dataPaths.shard(n)),
    ...forever,
  })

export const articleQuery = (slug: string) =>
  queryOptions({
    queryKey: dataKeys.article(slug),
    queryFn: async () => {
      const path = dataPaths.stories(storyFile(slug, storyFileCount))
      const detail = storyIn(await fetchJson<Record<string, ArticleDetail>>(path), slug)
      if (detail === undefined) throw new DataNotFoundError(`${path}: ${slug}`)
      return detail
    },
    staleTime: Infinity,
  })

export const listQuery = (key: string, n: number) =>
  queryOptions({
    queryKey: dataKeys.list(key, n),
    queryFn: () => fetchJson<CardLite[]>(dataPaths.list(key, n)),
    ...forever,
  })

/**
 * What a story page reads for its neighbours' titles, once it has the story: the list files of
 * "More on …" and "More from …", and the card shards of the older and newer story, in the
 * order of `sidebarFiles`.
 */
export function neighbourQueries(article: ArticleDetail, articleCount: number) {
  const files = sidebarFiles(article, articleCount)
  return {
    files,
    lists: files.lists.map((l) => listQuery(l.key, l.n)),
    shards: files.shards.map(shardQuery),
  }
}

/** Bumped when the dev server reports new data, so the search worker reloads its index. */
let searchGeneration = 0
export function forgetSearchIndex() {
  searchGeneration++
}

/**
 * The search engine's answer for one search text. The engine (and its worker and index) is
 * imported on the first search, never before.
 */
export const searchQuery = (text: string) =>
  queryOptions({
    queryKey: dataKeys.search(text),
    queryFn: async (): Promise<SearchMatches> => {
      const { searchArticles } = await import('../search/search-client.ts')
      return searchArticles(
        dataUrl(dataPaths.searchIndex),
        `${dataVersion}:${searchGeneration}`,
        text,
      )
    },
    staleTime: Infinity,
    gcTime: 5 * 60_000,
  })
