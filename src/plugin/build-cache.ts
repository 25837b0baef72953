import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { deserialize, serialize } from 'node:v8'
import type { StoreEntry } from './article-store.ts'

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

interface CacheFile {
  key: string
  entries: [string, StoreEntry][]
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

  async load(): Promise<[string, StoreEntry][]> {
    if (!existsSync(this.file)) return []
    try {
      const data = deserialize(await readFile(this.file)) as CacheFile
      return data.key === this.key ? data.entries : []
    } catch {
      return []
    }
  }

  async save(entries: [string, StoreEntry][]): Promise<void> {
    await mkdir(path.dirname(this.file), { recursive: true })
    await writeFile(this.file, serialize({ key: this.key, entries } satisfies CacheFile))
  }
}
