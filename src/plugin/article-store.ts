import { createHash } from 'node:crypto'
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import type { NormaliseOptions } from '../shared/normalise-article.ts'
import { buildDataset, type Dataset } from './build-dataset.ts'
import { parseArticleFile, type ArticleIssue, type ParsedFile } from './parse-article-file.ts'

export interface StoreOptions extends NormaliseOptions {
  /** Absolute path of the articles folder. */
  dir: string
}

export interface StoreResult {
  dataset: Dataset
  /** Every `.md` file found, valid or not. */
  fileCount: number
  invalidFiles: string[]
  errors: ArticleIssue[]
  warnings: ArticleIssue[]
}

const isArticleFile = (name: string) => name.toLowerCase().endsWith('.md')
const digest = (text: string) => createHash('sha1').update(text).digest('base64')

/**
 * The parsed state of an articles folder. Remembers each file's digest and result, so a file
 * whose content has not changed is never parsed twice, and rebuilds the dataset only on demand.
 */
export class ArticleStore {
  private readonly parsed = new Map<string, { digest: string; result: ParsedFile }>()
  private current: StoreResult | undefined

  constructor(readonly options: StoreOptions) {}

  /** Relative, `/`-separated name of a file in the folder, or undefined when it is not an article. */
  relative(absolute: string): string | undefined {
    const rel = path.relative(this.options.dir, absolute)
    if (rel.startsWith('..') || path.isAbsolute(rel) || !isArticleFile(rel)) return undefined
    return rel.split(path.sep).join('/')
  }

  /** Reads the whole folder, re-parsing only files that changed since the last scan. */
  async scan(): Promise<void> {
    const names = (await readdir(this.options.dir, { recursive: true, withFileTypes: true }))
      .filter((e) => e.isFile() && isArticleFile(e.name))
      .map((e) => this.relative(path.join(e.parentPath, e.name))!)
    const keep = new Set(names)
    for (const name of this.parsed.keys()) if (!keep.has(name)) this.parsed.delete(name)
    // A bounded number of files in flight: 50,000 parallel reads would exhaust file handles.
    let next = 0
    const worker = async () => {
      while (next < names.length) await this.update(names[next++]!)
    }
    await Promise.all(Array.from({ length: 32 }, worker))
    this.current = undefined
  }

  /** Re-reads one file (relative name); returns whether its content changed. */
  async update(name: string): Promise<boolean> {
    let text: string
    try {
      text = await readFile(path.join(this.options.dir, name), 'utf8')
      // An editor saving truncates first: an empty read may be a write in progress (as in Vite's
      // own readModifiedFile). Give it a moment before calling the file empty.
      for (let tries = 0; text === '' && tries < 5; tries++) {
        await new Promise((resolve) => setTimeout(resolve, 10))
        text = await readFile(path.join(this.options.dir, name), 'utf8')
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return this.remove(name)
      throw error
    }
    const hash = digest(text)
    if (this.parsed.get(name)?.digest === hash) return false
    this.parsed.set(name, { digest: hash, result: parseArticleFile(name, text, this.options) })
    this.current = undefined
    return true
  }

  remove(name: string): boolean {
    const had = this.parsed.delete(name)
    if (had) this.current = undefined
    return had
  }

  result(): StoreResult {
    if (this.current) return this.current
    const results = [...this.parsed.values()]
      .map((p) => p.result)
      .sort((a, b) => (a.file < b.file ? -1 : 1))
    const valid = results.flatMap((r) => (r.ok ? [{ file: r.file, article: r.article }] : []))
    const invalid = results.filter((r) => !r.ok)
    this.current = {
      dataset: buildDataset(valid),
      fileCount: results.length,
      invalidFiles: invalid.map((r) => r.file),
      errors: invalid.flatMap((r) => r.errors),
      warnings: results.flatMap((r) => r.warnings),
    }
    return this.current
  }
}
