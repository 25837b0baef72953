import { Worker } from 'node:worker_threads'
import { describe, expect, it } from 'vitest'
import { ask } from './ts-worker.ts'

const worker = (code: string) => new Worker(code, { eval: true })

describe('ask', () => {
  it('answers with the worker’s value, or its error', async () => {
    const echo = worker(
      `const { parentPort } = require('node:worker_threads')
       parentPort.on('message', (n) => parentPort.postMessage(n > 0 ? { value: n * 2 } : { error: 'not positive' }))`,
    )
    await expect(ask(echo, 21)).resolves.toBe(42)
    await expect(ask(echo, -1)).rejects.toThrow('not positive')
    await echo.terminate()
  })

  it('rejects when the worker stops without answering, instead of waiting forever', async () => {
    await expect(ask(worker('process.exit(3)'), 1)).rejects.toThrow(/exit code 3/)
  })
})
