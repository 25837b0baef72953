import * as Comlink from 'comlink'
import type { SearchHits } from './search-engine.ts'
import type { SearchWorkerApi } from './search-worker.ts'

/*
 * The page's side of the search worker. This module is imported dynamically on the first
 * search, so nothing search-related (engine, worker, index) loads before the reader searches.
 */
interface Current {
  key: string
  worker: Worker
  api: Comlink.Remote<SearchWorkerApi>
  /** Rejects when the worker cannot start or dies: Comlink alone would wait forever. */
  failed: Promise<never>
}
let current: Current | undefined

/**
 * Searches the index whose manifest is at `url`. A different `key` (a new data version, or a dev-server update)
 * replaces the worker, so results never come from stale data.
 */
export async function searchArticles(url: string, key: string, input: string): Promise<SearchHits> {
  if (current?.key !== key) {
    current?.worker.terminate()
    const worker = new Worker(new URL('./search-worker.ts', import.meta.url), {
      type: 'module',
      name: 'search',
    })
    const failed = new Promise<never>((_, reject) =>
      worker.addEventListener('error', (e) => {
        if (current?.worker === worker) current = undefined
        reject(new Error(`The search could not start${e.message ? `: ${e.message}` : ''}`))
      }),
    )
    failed.catch(() => {})
    current = { key, worker, api: Comlink.wrap<SearchWorkerApi>(worker), failed }
  }
  const { api, failed } = current
  await Promise.race([api.load(url), failed])
  return Promise.race([api.search(input), failed])
}
