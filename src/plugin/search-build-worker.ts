import { buildSearchIndex, type SearchSource } from '../shared/search-index.ts'
import { answer } from './ts-worker.ts'

/** Marks the worker emit-search starts, so importing this module elsewhere does nothing. */
export const SEARCH_WORKER_FLAG = 'broadsheetSearchWorker'

answer(SEARCH_WORKER_FLAG, (sources: SearchSource[]) => buildSearchIndex(sources))
