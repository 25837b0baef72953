// The worker threads' file (see workers.ts). Plain JavaScript: a worker starts without a
// TypeScript loader, so this registers tsx (a dev dependency, like Vite itself) in the worker and
// then runs the TypeScript job modules. Each export is one kind of job, named in `pool.run`.
import { register } from 'tsx/esm/api'

register()

/** Reads and parses a batch of article files; answers with the entries, serialised. */
export async function parse(job) {
  const { parseSerialized } = await import('./parse-worker.ts')
  return parseSerialized(job)
}

/** Builds the search index of a corpus (see shared/search-index.ts). */
export async function searchIndex(sources) {
  const { buildSearchIndex } = await import('../shared/search-index.ts')
  return buildSearchIndex(sources)
}
