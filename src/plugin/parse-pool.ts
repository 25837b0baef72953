import { availableParallelism } from 'node:os'
import { deserialize } from 'node:v8'
import type { Worker } from 'node:worker_threads'
import type { NormaliseOptions } from '../shared/normalise-article.ts'
import { parseBatch, WORKER_FLAG, type ParsedEntry } from './parse-worker.ts'
import { ask, startTsWorker } from './ts-worker.ts'

/** Below this many files, starting workers costs more than it saves. */
const POOL_THRESHOLD = 2_000
const BATCH = 250

export interface ParseOutput {
  entries: ParsedEntry[]
  /**
   * The same entries as the workers sent them, serialised with `v8.serialize` a batch to each
   * array (absent when the files were parsed on this thread): a build cache stores these bytes
   * as they are instead of serialising everything again.
   */
  serialized?: Uint8Array[]
}

/**
 * Parses many article files on every core: worker threads take batches of names from a shared
 * queue, so a slow batch never holds the others up. The workers run the TypeScript sources
 * through tsx (a dev dependency, like Vite itself), registered inside each worker.
 */
export async function parseInParallel(
  dir: string,
  names: string[],
  options: NormaliseOptions,
  { threads = availableParallelism(), minFiles = POOL_THRESHOLD } = {},
): Promise<ParseOutput> {
  if (names.length < minFiles || threads < 2) {
    return { entries: parseBatch({ dir, names, options }) }
  }
  const batches: string[][] = []
  for (let i = 0; i < names.length; i += BATCH) batches.push(names.slice(i, i + BATCH))
  const out: ParsedEntry[][] = []
  const serialized: Uint8Array[] = []
  const workers = Array.from({ length: Math.min(threads, batches.length) }, () => startWorker())
  try {
    let next = 0
    await Promise.all(
      workers.map(async (worker) => {
        while (next < batches.length) {
          const at = next++
          const bytes = await ask<Uint8Array>(worker, { dir, names: batches[at]!, options })
          out[at] = deserialize(bytes) as ParsedEntry[]
          serialized[at] = bytes
        }
      }),
    )
  } finally {
    await Promise.all(workers.map((w) => w.terminate()))
  }
  return { entries: out.flat(), serialized }
}

function startWorker(): Worker {
  return startTsWorker(new URL('./parse-worker.ts', import.meta.url), { [WORKER_FLAG]: true })
}
