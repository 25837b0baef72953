import { parentPort, Worker, workerData as data, type ResourceLimits } from 'node:worker_threads'

/**
 * Starts a worker thread on a TypeScript module of this folder. The module runs through tsx (a
 * dev dependency, like Vite itself), registered inside the worker. Our workers parse or index
 * much text and make much short-lived garbage: with V8's default young generation, scavenges
 * took more time than the work (measured: 96 MB parses ~1.8× faster).
 */
export function startTsWorker(
  entry: URL,
  workerData: unknown,
  resourceLimits: ResourceLimits = { maxYoungGenerationSizeMb: 96 },
): Worker {
  const tsx = import.meta.resolve('tsx/esm/api')
  const shim = `import { register } from ${JSON.stringify(tsx)}; register(); await import(${JSON.stringify(entry.href)})`
  return new Worker(new URL(`data:text/javascript,${encodeURIComponent(shim)}`), {
    workerData,
    resourceLimits,
  })
}

/**
 * Sends one job to a worker and waits for its one answer: `{ value }` or `{ error }`. A worker
 * that fails or exits without answering rejects, so that nothing waits for it forever.
 */
export function ask<T>(worker: Worker, job: unknown): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const cleanup = () => {
      worker.off('message', onMessage)
      worker.off('error', onError)
      worker.off('exit', onExit)
    }
    const onMessage = (m: { value?: T; error?: string }) => {
      cleanup()
      if (m.error === undefined) resolve(m.value as T)
      else reject(new Error(m.error))
    }
    const onError = (e: Error) => {
      cleanup()
      reject(e)
    }
    const onExit = (code: number) => {
      cleanup()
      reject(new Error(`a worker thread stopped (exit code ${code}) before it answered`))
    }
    worker.on('message', onMessage)
    worker.on('error', onError)
    worker.on('exit', onExit)
    try {
      worker.postMessage(job)
    } catch (error) {
      cleanup()
      reject(error as Error)
    }
  })
}

/**
 * The worker's side of `ask`: in a worker started with `flag` set in its workerData, answers
 * each job with `{ value }` or `{ error }`. Elsewhere (the module imported on the main thread)
 * does nothing.
 */
export function answer<Job>(flag: string, handle: (job: Job) => unknown): void {
  if (!(data as Record<string, unknown> | undefined)?.[flag]) return
  parentPort!.on('message', (job: Job) => {
    try {
      parentPort!.postMessage({ value: handle(job) })
    } catch (error) {
      parentPort!.postMessage({ error: (error as Error).message })
    }
  })
}
