import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { deserialize, serialize } from 'node:v8'
import type { StoreEntry } from './article-store.ts'
import type { ParsedEntry } from './parse-worker.ts'

/**
 * Hash of the code that turns article files into data files (this folder and src/shared), so a
 * cache written by other code, or data folder named by it, is never mistaken for current.
 */
export function pipelineCodeHash(): string {
  const here = path.dirname(fileURLToPath(import.meta.url))
  const hash = createHash('sha256')
  for (const dir of [here, path.join(here, '../shared')]) {
    for (const name of readdirSync(dir).sort()) {
      if (name.endsWith('.ts') && !name.endsWith('.test.ts'))
        hash.update(name).update(readFileSync(path.join(dir, name)))
    }
  }
  return hash.digest('hex')
}

/**
 * What a build persists of the store: its entries, serialised in segments (`ParsedEntry[]`, as
 * the parse workers made them, so a cold build does not serialise 50,000 results again), and
 * each file's size and modification time.
 */
export interface CacheImage {
  segments: Uint8Array[]
  stats: [name: string, size: number | undefined, mtimeMs: number | undefined][]
}

interface CacheFile extends CacheImage {
  key: string
}

/**
 * Parsed articles kept between builds in node_modules/.cache, keyed by the articles folder, the
 * options and the pipeline code: a rebuild parses only the files that changed.
 */
export class BuildCache {
  readonly file: string

  constructor(
    root: string,
    dir: string,
    private readonly key: string,
  ) {
    const id = createHash('sha256').update(dir).digest('hex').slice(0, 16)
    this.file = path.join(root, 'node_modules', '.cache', 'broadsheet', `articles-${id}.v8`)
  }

  /** The entries saved by a build with the same key; none when there is no such cache. */
  async load(): Promise<[string, StoreEntry][]> {
    if (!existsSync(this.file)) return []
    try {
      const data = deserialize(await readFile(this.file)) as CacheFile
      if (data.key !== this.key) return []
      const parsed = new Map<string, ParsedEntry>()
      for (const segment of data.segments) {
        for (const entry of deserialize(segment) as ParsedEntry[]) parsed.set(entry.name, entry)
      }
      return data.stats.flatMap(([name, size, mtimeMs]) => {
        const entry = parsed.get(name)
        return entry ? [[name, { digest: entry.digest, result: entry.result, size, mtimeMs }]] : []
      })
    } catch {
      return []
    }
  }

  /** Writes the cache whole or not at all (a new file renamed into place), whenever it stops. */
  async save(image: CacheImage): Promise<void> {
    await mkdir(path.dirname(this.file), { recursive: true })
    const partial = `${this.file}.${process.pid}.partial`
    try {
      await writeFile(partial, serialize({ key: this.key, ...image } satisfies CacheFile))
      await rename(partial, this.file)
    } catch (error) {
      await rm(partial, { force: true })
      throw error
    }
  }
}
