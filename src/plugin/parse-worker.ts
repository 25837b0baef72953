import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { serialize } from 'node:v8'
import type { NormaliseOptions } from '../shared/normalise-article.ts'
import { parseArticleFile, type ParsedFile } from './parse-article-file.ts'

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

/** The worker's job (worker-entry.mjs): serialised on its thread, as the build cache stores them. */
export const parseSerialized = (job: ParseJob): Uint8Array => serialize(parseBatch(job))
