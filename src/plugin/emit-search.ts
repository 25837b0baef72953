import { dataPaths } from '../shared/data-paths.ts'
import { buildSearchIndex, type SearchSource } from '../shared/search-index.ts'
import type { Dataset } from './build-dataset.ts'
import { SEARCH_WORKER_FLAG } from './search-build-worker.ts'
import { ask, startTsWorker } from './ts-worker.ts'

export interface SearchFiles {
  /** Builds the index on another thread, so the caller can go on meanwhile (a build writes the other files). */
  prepare(): Promise<void>
  paths(): string[]
  /** One search file's content; `undefined` for a path that is not a search file. */
  read(path: string): string | undefined
}

type SearchIndex = ReturnType<typeof buildSearchIndex>

/** Below this many articles, the index is built on the calling thread. */
const WORKER_THRESHOLD = 2_000

/**
 * The search index's files (see search-index.ts). Built by `prepare()`, or else on the first
 * read: a dev server builds it only once a page searches.
 */
export function createSearchFiles(
  dataset: Dataset,
  { workerThreshold = WORKER_THRESHOLD } = {},
): SearchFiles {
  let built: SearchIndex | undefined
  const sources = () =>
    dataset.articles.map((a): SearchSource => ({
      title: a.title,
      excerpt: a.excerpt,
      provider: dataset.providers[a.providerId]!,
      topics: a.topicIds.map((t) => dataset.topics[t]!),
    }))
  const index = () => (built ??= buildSearchIndex(sources()))
  const nth = (list: string[], n: string | undefined) =>
    n === undefined || String(Number(n)) !== n ? undefined : list[Number(n)]
  return {
    async prepare() {
      if (built) return
      // A small index is built sooner than a worker starts.
      if (dataset.articles.length < workerThreshold) return void index()
      // Building makes much short-lived garbage, as parsing does: a larger young generation.
      const worker = startTsWorker(
        new URL('./search-build-worker.ts', import.meta.url),
        { [SEARCH_WORKER_FLAG]: true },
        { maxYoungGenerationSizeMb: 96 },
      )
      try {
        built ??= await ask<SearchIndex>(worker, sources())
      } finally {
        await worker.terminate()
      }
    },
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
