import Tinypool from 'tinypool'

/**
 * A pool of worker threads (Tinypool) running the jobs of worker-entry.mjs: `pool.run(job,
 * { name: 'parse' })`. Destroy it when done. Our workers parse or index much text and make much
 * short-lived garbage: with V8's default young generation, scavenges took more time than the
 * work (measured: 96 MB parses ~1.8× faster).
 */
export function workerPool(threads: number): Tinypool {
  return new Tinypool({
    filename: new URL('./worker-entry.mjs', import.meta.url).href,
    minThreads: threads,
    maxThreads: threads,
    resourceLimits: { maxYoungGenerationSizeMb: 96 },
  })
}
