import { parentPort, workerData } from 'node:worker_threads'
import { buildSearchIndex, type SearchSource } from '../shared/search-index.ts'

/** Marks the worker emit-search starts, so importing this module elsewhere does nothing. */
export const SEARCH_WORKER_FLAG = 'broadsheetSearchWorker'

if ((workerData as Record<string, unknown> | undefined)?.[SEARCH_WORKER_FLAG])
  parentPort!.on('message', (sources: SearchSource[]) => {
    try {
      parentPort!.postMessage({ value: buildSearchIndex(sources) })
    } catch (error) {
      parentPort!.postMessage({ error: (error as Error).message })
    }
  })
