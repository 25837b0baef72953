import { availableParallelism } from 'node:os'
import { deserialize } from 'node:v8'
import type { NormaliseOptions } from '../shared/normalise-article.ts'
import { parseBatch, type ParsedEntry, type ParseJob } from './parse-worker.ts'
import { workerPool } from './workers.ts'

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
 * Parses many article files on every core: the pool's threads take batches of names from its
 * queue, so a slow batch never holds the others up.
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
  const jobs: ParseJob[] = []
  for (let i = 0; i < names.length; i += BATCH)
    jobs.push({ dir, names: names.slice(i, i + BATCH), options })
  const pool = workerPool(Math.min(threads, jobs.length))
  try {
    const serialized = await Promise.all(
      jobs.map((job) => pool.run(job, { name: 'parse' }) as Promise<Uint8Array>),
    )
    return {
      entries: serialized.flatMap((bytes) => deserialize(bytes) as ParsedEntry[]),
      serialized,
    }
  } finally {
    await pool.destroy()
  }
}
