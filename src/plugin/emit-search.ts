import { dataPaths, fileNumber } from '../shared/data-paths.ts'
import { buildSearchIndex, type SearchSource } from '../shared/search-index.ts'
import type { Dataset } from './build-dataset.ts'
import { workerPool } from './workers.ts'

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
 * The search index's files (see search-index.ts). Built by `prepare()` (on a worker thread for
 * a large corpus), or else on the first read.
 */
export function createSearchFiles(
  dataset: Dataset,
  {
    workerThreshold = WORKER_THRESHOLD,
    version,
  }: { workerThreshold?: number; version?: string } = {},
): SearchFiles {
  let built: SearchIndex | undefined
  let preparing: Promise<void> | undefined
  // Only what the index reads, to keep what goes to a worker thread small.
  const providers = dataset.providers.map(({ name, domain }) => ({ name, domain }))
  const topics = dataset.topics.map(({ name, slug }) => ({ name, slug }))
  const sources = () =>
    dataset.articles.map((a): SearchSource => ({
      title: a.title,
      excerpt: a.excerpt,
      provider: providers[a.providerId]!,
      topics: a.topicIds.map((t) => topics[t]!),
      related: a.related.map((r) => r.title),
    }))
  const index = () => (built ??= buildSearchIndex(sources()))
  return {
    prepare() {
      if (built) return Promise.resolve()
      // A small index is built sooner than a worker starts.
      if (dataset.articles.length < workerThreshold) return Promise.resolve(void index())
      if (preparing) return preparing
      preparing = (async () => {
        const pool = workerPool(1)
        try {
          built ??= (await pool.run(sources(), { name: 'searchIndex' })) as SearchIndex
        } finally {
          await pool.destroy()
        }
      })()
      // A failed build is tried again by the next caller.
      preparing.catch(() => (preparing = undefined))
      return preparing
    },
    paths: () => [
      dataPaths.searchIndex,
      ...index().chunks.map((_, n) => dataPaths.searchChunk(n)),
      ...index().sets.map((_, n) => dataPaths.searchSetBucket(n)),
    ],
    read(path) {
      if (path === dataPaths.searchIndex)
        return JSON.stringify(
          version === undefined ? index().manifest : { ...index().manifest, version },
        )
      const file = /^search\/(s?)(\d+)\.json$/.exec(path)
      if (!file) return undefined
      const list = file[1] ? index().sets : index().chunks
      const n = fileNumber(file[2], list.length)
      return n === undefined ? undefined : list[n]
    },
  }
}
