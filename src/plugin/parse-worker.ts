import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { serialize } from 'node:v8'
import type { NormaliseOptions } from '../shared/normalise-article.ts'
import { parseArticleFile, type ParsedFile } from './parse-article-file.ts'
import { answer } from './ts-worker.ts'

export interface ParseJob {
  dir: string
  names: string[]
  options: NormaliseOptions
}

export interface ParsedEntry {
  name: string
  digest: string
  result: ParsedFile
}

/** Reads and parses a batch of files; synchronous reads are the fastest way through many small files. */
export function parseBatch({ dir, names, options }: ParseJob): ParsedEntry[] {
  return names.map((name) => {
    const text = readFileSync(path.join(dir, name), 'utf8')
    return {
      name,
      digest: createHash('sha1').update(text).digest('base64'),
      result: parseArticleFile(name, text, options),
    }
  })
}

/** Marks a worker started by parse-pool, so importing this module elsewhere does nothing. */
export const WORKER_FLAG = 'broadsheetParseWorker'

// Serialised here, on the worker's thread: the bytes are what the build cache stores, too.
answer(WORKER_FLAG, (job: ParseJob) => serialize(parseBatch(job)))
