/// <reference lib="webworker" />
import * as Comlink from 'comlink'
import { dataPaths, isMissingDataFile } from '../shared/data-paths.ts'
import { createSearchEngine, type SearchEngine } from './search-engine.ts'
import type { SearchManifest } from '../shared/search-index.ts'

/*
 * The search engine lives in this worker: it fetches the index manifest, then for each query
 * only the index chunks of the query's words, and parses them off the page's main thread.
 */
let engine: Promise<SearchEngine> | undefined

async function fetchJson<T>(url: URL): Promise<T> {
  const res = await fetch(url)
  if (!res.ok || isMissingDataFile(res))
    throw new Error(`Loading the search index failed: HTTP ${res.status}`)
  return (await res.json()) as T
}

async function start(manifestUrl: URL): Promise<SearchEngine> {
  const manifest = await fetchJson<SearchManifest>(manifestUrl)
  // The data folder: the manifest's path, less its own name.
  const dataFolder = new URL(
    manifestUrl.pathname.slice(0, -dataPaths.searchIndex.length),
    manifestUrl,
  )
  const file = <T>(path: string) => {
    const url = new URL(path, dataFolder)
    if (manifest.version !== undefined) url.searchParams.set('v', manifest.version)
    return fetchJson<T>(url)
  }
  return createSearchEngine(manifest, {
    chunk: (n) => file(dataPaths.searchChunk(n)),
    setBucket: (n) => file(dataPaths.searchSetBucket(n)),
  })
}

const api = {
  /** `url`: the manifest, `search/index.json`; the chunks sit beside it. */
  async load(url: string): Promise<number> {
    if (!engine) {
      engine = start(new URL(url, self.location.href))
      // A failed start is tried again by the next search.
      engine.catch(() => (engine = undefined))
    }
    return (await engine).size
  },
  async search(input: string) {
    if (!engine) throw new Error('The search index is not loaded')
    const hits = await (await engine).search(input)
    return Comlink.transfer(hits, [hits.ids.buffer])
  },
}

export type SearchWorkerApi = typeof api

Comlink.expose(api)
