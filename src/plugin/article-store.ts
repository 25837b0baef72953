import { createHash } from 'node:crypto'
import { statSync } from 'node:fs'
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { serialize } from 'node:v8'
import type { NormaliseOptions } from '../shared/normalise-article.ts'
import type { CacheImage } from './build-cache.ts'
import { buildPatchableDataset, DatasetCaches, type Dataset } from './build-dataset.ts'
import { parseArticleFile, type ArticleIssue, type ParsedFile } from './parse-article-file.ts'
import { parseInParallel } from './parse-pool.ts'

/** What the store remembers of a file: enough to skip it while it is unchanged. */
export interface StoreEntry {
  digest: string
  size?: number
  mtimeMs?: number
  result: ParsedFile
}

export interface StoreOptions extends NormaliseOptions {
  /** Absolute path of the articles folder. */
  dir: string
  /** When to parse on worker threads, and how many (see parseInParallel). */
  pool?: { threads?: number; minFiles?: number }
  /**
   * Keep the parse workers' serialised batches for `cacheImage()` (a build, which saves them),
   * instead of letting them go at once (the dev server, which never does).
   */
  keepBatches?: boolean
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
  private readonly parsed = new Map<string, StoreEntry>()
  private current: StoreResult | undefined
  /** The result last made, which `editedFrom` is relative to. */
  private last: StoreResult | undefined
  /** The last full dataset pass's way of applying one edited file. */
  private patch: ReturnType<typeof buildPatchableDataset>['patch'] | undefined
  /**
   * What each file edited since `last` was made held then (its result before the edit); undefined once anything else
   * happened (a file added or removed, a scan), and `last` cannot be patched.
   */
  private editedFrom: Map<string, ParsedFile> | undefined
  /** Every entry as the parse workers serialised them, while the last scan parsed them all. */
  private serialized: Uint8Array[] | undefined

  /**
   * @param options Also sent to the parse workers: plain data only.
   * @param caches What the dataset passes remember between them (one set per pipeline).
   */
  constructor(
    readonly options: StoreOptions,
    readonly caches = new DatasetCaches(),
  ) {}

  /** Relative, `/`-separated name of a file in the folder, or undefined when it is not an article. */
  relative(absolute: string): string | undefined {
    const rel = path.relative(this.options.dir, absolute)
    if (rel.startsWith('..') || path.isAbsolute(rel) || !isArticleFile(rel)) return undefined
    return rel.split(path.sep).join('/')
  }

  /**
   * Reads the whole folder. A file whose size and modification time match what the store (or
   * its persisted cache) remembers is not read again; the rest are parsed on every core.
   */
  async scan(): Promise<number> {
    const names = (await readdir(this.options.dir, { recursive: true, withFileTypes: true }))
      .filter((e) => e.isFile() && isArticleFile(e.name))
      .map((e) => this.relative(path.join(e.parentPath, e.name))!)
    const keep = new Set(names)
    for (const name of this.parsed.keys()) if (!keep.has(name)) this.parsed.delete(name)
    const stats = new Map(names.map((name) => [name, statSync(path.join(this.options.dir, name))]))
    const stale = names.filter((name) => {
      const known = this.parsed.get(name)
      const stat = stats.get(name)!
      return known?.size !== stat.size || known.mtimeMs !== stat.mtimeMs
    })
    const { dir, pool, keepBatches, ...normalise } = this.options
    const { entries, serialized } = await parseInParallel(dir, stale, normalise, pool)
    for (const { name, digest, result } of entries) {
      const stat = stats.get(name)!
      this.parsed.set(name, { digest, result, size: stat.size, mtimeMs: stat.mtimeMs })
    }
    this.forget()
    if (keepBatches && stale.length === names.length) this.serialized = serialized
    return stale.length
  }

  /** Everything the store remembers. */
  entries(): [string, StoreEntry][] {
    return [...this.parsed]
  }

  /** Everything the store remembers, ready to persist between builds (see BuildCache). */
  cacheImage(): CacheImage {
    const all = [...this.parsed]
    const segments = this.serialized ?? [
      serialize(all.map(([name, { digest, result }]) => ({ name, digest, result }))),
    ]
    this.serialized = undefined
    return { segments, stats: all.map(([name, { size, mtimeMs }]) => [name, size, mtimeMs]) }
  }

  /** Takes back what an earlier run remembered; `scan()` then checks it against the folder. */
  restore(entries: [string, StoreEntry][]): void {
    for (const [name, entry] of entries) this.parsed.set(name, entry)
    this.forget()
  }

  /** Re-reads one file (relative name); returns whether its content changed. */
  async update(name: string): Promise<boolean> {
    let text: string
    try {
      text = await readFile(path.join(this.options.dir, name), 'utf8')
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return this.remove(name)
      throw error
    }
    const hash = digest(text)
    const before = this.parsed.get(name)
    if (before?.digest === hash) return false
    // No stat: the next scan() reads this file again rather than trust a time taken mid-write.
    this.parsed.set(name, { digest: hash, result: parseArticleFile(name, text, this.options) })
    if (before && this.editedFrom && !this.editedFrom.has(name))
      this.editedFrom.set(name, before.result)
    else if (!before) this.editedFrom = undefined
    this.current = undefined
    this.serialized = undefined
    return true
  }

  remove(name: string): boolean {
    const had = this.parsed.delete(name)
    if (had) this.forget()
    return had
  }

  private forget() {
    this.current = undefined
    this.editedFrom = undefined
    this.serialized = undefined
  }

  result(): StoreResult {
    if (this.current) return this.current
    const patched = this.patched()
    if (patched) return patched
    const results = [...this.parsed.values()]
      .map((p) => p.result)
      .sort((a, b) => (a.file < b.file ? -1 : 1))
    const valid = results.flatMap((r) => (r.ok ? [{ file: r.file, article: r.article }] : []))
    const invalid = results.filter((r) => !r.ok)
    const built = buildPatchableDataset(valid, this.caches)
    this.patch = built.patch
    this.editedFrom = new Map()
    this.current = this.last = {
      dataset: built.dataset,
      fileCount: results.length,
      invalidFiles: invalid.map((r) => r.file),
      errors: invalid.flatMap((r) => r.errors),
      warnings: results.flatMap((r) => r.warnings),
    }
    return this.current
  }

  /**
   * The usual save in the dev server, one valid file edited in a way no other article depends
   * on, applied to the last result without the corpus-wide pass.
   */
  private patched(): StoreResult | undefined {
    const last = this.last
    if (!last || !this.patch || this.editedFrom?.size !== 1) return undefined
    const [name, before] = [...this.editedFrom][0]!
    const after = this.parsed.get(name)?.result
    if (!before.ok || !after?.ok) return undefined
    const dataset = this.patch(before.article, { file: after.file, article: after.article })
    if (!dataset) return undefined
    // Warnings are listed by file: the edited file's take the place of its old ones.
    const warnings = [
      ...last.warnings.filter((w) => w.file < name),
      ...after.warnings,
      ...last.warnings.filter((w) => w.file > name),
    ]
    this.editedFrom = new Map()
    this.current = this.last = { ...last, dataset, warnings }
    return this.current
  }
}
