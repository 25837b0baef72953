/// <reference lib="webworker" />
import * as Comlink from 'comlink'
import type { SearchDoc } from '../shared/data.ts'
import { isMissingDataFile } from '../shared/data-paths.ts'
import { createSearchEngine, type SearchEngine, type SearchNames } from './search-engine.ts'

/*
 * The search index lives in this worker: loading `search.json` and indexing it (hundreds of
 * milliseconds at 50k articles) never blocks the page, and its memory stays off the page's heap.
 */
let engine: Promise<SearchEngine> | undefined

const api = {
  async load(url: string, names: SearchNames): Promise<number> {
    engine ??= (async () => {
      const res = await fetch(url)
      if (!res.ok || isMissingDataFile(res))
        throw new Error(`Loading the search index failed: HTTP ${res.status}`)
      return createSearchEngine((await res.json()) as SearchDoc[], names)
    })()
    engine.catch(() => (engine = undefined))
    return (await engine).size
  },
  async search(input: string) {
    if (!engine) throw new Error('The search index is not loaded')
    const hits = (await engine).search(input)
    return Comlink.transfer(hits, [hits.ids.buffer])
  },
}

export type SearchWorkerApi = typeof api

Comlink.expose(api)
