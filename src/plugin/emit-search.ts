import { dataPaths } from '../shared/data-paths.ts'
import { buildSearchIndex } from '../search/search-index.ts'
import type { Dataset } from './build-dataset.ts'

export interface SearchFiles {
  paths(): string[]
  /** One search file's content; `undefined` for a path that is not a search file. */
  read(path: string): string | undefined
}

/**
 * The search index's files (see search-index.ts). Built on the first read, so that a dev
 * server builds it only once a page searches.
 */
export function createSearchFiles(dataset: Dataset): SearchFiles {
  let built: ReturnType<typeof buildSearchIndex> | undefined
  const index = () =>
    (built ??= buildSearchIndex(
      dataset.articles.map((a) => ({
        title: a.title,
        excerpt: a.excerpt,
        provider: dataset.providers[a.providerId]!,
        topics: a.topicIds.map((t) => dataset.topics[t]!),
      })),
    ))
  const nth = (list: string[], n: string | undefined) =>
    n === undefined || String(Number(n)) !== n ? undefined : list[Number(n)]
  return {
    paths: () => [
      dataPaths.searchIndex,
      ...index().chunks.map((_, n) => dataPaths.searchChunk(n)),
      ...index().sets.map((_, n) => dataPaths.searchSetBucket(n)),
    ],
    read(path) {
      if (path === dataPaths.searchIndex) return JSON.stringify(index().manifest)
      const file = /^search\/(s?)(\d+)\.json$/.exec(path)
      if (!file) return undefined
      return nth(file[1] ? index().sets : index().chunks, file[2])
    },
  }
}
