import { createHash } from 'node:crypto'
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'
import { gzip as gzipCallback } from 'node:zlib'
import type { ResolvedConfig } from 'vite'
import { CURRENT_DATA_FILE, isCompressed, storyFileCount } from '../shared/data-paths.ts'
import { ArticleStore, type StoreEntry, type StoreResult } from './article-store.ts'
import { BuildCache, pipelineCodeHash } from './build-cache.ts'
import { DatasetCaches } from './build-dataset.ts'
import { createDataFiles, type DataFiles } from './emit-data.ts'
import { createSiteFiles } from './emit-feeds.ts'
import {
  resolveArticlesOptions,
  type ArticlesOptions,
  type ResolvedArticlesOptions,
} from './options.ts'
import { dataBuildLine, displayDir, report, type DataBuildTimes } from './report.ts'

export const PLUGIN_NAME = 'broadsheet:articles'

const gzip = promisify(gzipCallback)
/** Files being compressed at once while a build writes: enough to keep libuv's threads busy. */
const COMPRESSING = 16

/**
 * Everything the articles plugin holds, in one place: the article store, the dataset's caches,
 * the data files made from them and, on the dev server, the generation before the current one.
 * One is made per Vite config (in `configResolved`); the plugins in `plugins/` only call it.
 */
export class ArticlesPipeline {
  readonly options: ResolvedArticlesOptions
  readonly store: ArticleStore
  readonly serving: boolean
  private readonly codeHash = pipelineCodeHash()
  /** What the build spent on the data files, apart from bundling the app (logged at the end). */
  private readonly times: DataBuildTimes = { parseMs: 0, datasetMs: 0, writeMs: 0 }
  private result: StoreResult | undefined
  private files: DataFiles | undefined
  /** Dev: the files before the last change (a search worker may still hold their manifest). */
  private previousFiles: DataFiles | undefined
  /** Dev: how many times the files were made; names each set for the search worker. */
  private generation = 0
  /** How many story files; the dev server keeps the count it started with (the app has it). */
  private storyFiles: number | undefined
  /** Names the build's data folder; derived from everything the data files are made of. */
  private version: string | undefined
  /** The build cache being written (build only). */
  private savingCache: Promise<void> | undefined

  constructor(
    userOptions: ArticlesOptions,
    readonly config: ResolvedConfig,
  ) {
    this.options = resolveArticlesOptions(userOptions, config.root)
    this.serving = config.command === 'serve'
    this.store = new ArticleStore(
      {
        dir: this.options.dir,
        assetBaseUrl: this.options.assetBaseUrl,
        keepBatches: !this.serving,
      },
      new DatasetCaches(),
    )
  }

  get log() {
    return this.config.logger
  }

  /** The last result made: files, errors and warnings. */
  get current(): StoreResult {
    return this.result ?? throwPluginError('the result before the articles were read')
  }

  /**
   * Reads the folder (a build first restores its cache, and saves it while the rest goes on),
   * makes the data files and logs the report. Returns the report's errors, if any, for the
   * caller to fail with: a build fails on them unless told to skip invalid files.
   */
  async load(): Promise<{ errors: string } | undefined> {
    const building = !this.serving
    const cache = new BuildCache(
      this.config.root,
      this.options.dir,
      `${this.codeHash}\n${this.options.assetBaseUrl}`,
    )
    const started = performance.now()
    // A watch rebuild: the last build's save first (it writes the same file).
    await this.savingCache
    let parsed = 0
    try {
      if (building) this.store.restore(await cache.load())
      parsed = await this.store.scan()
    } catch (error) {
      throw new Error(
        `cannot read the articles folder ${displayDir(this.options.dir)}: ${(error as Error).message}`,
      )
    }
    // Written while the dataset is made and the app bundled; writeData waits for it. The cache
    // only saves time: a failure to save it (or to serialise it) is a warning.
    if (building && parsed > 0) {
      this.savingCache = (async () => cache.save(this.store.cacheImage()))().catch((error: Error) =>
        this.log.warn(`articles: the build cache was not saved: ${error.message}`),
      )
    }
    const parsedAt = performance.now()
    const result = this.refresh()
    if (building) this.version = datasetVersion(this.codeHash, this.options, this.store.entries())
    this.times.parseMs = parsedAt - started
    this.times.datasetMs = performance.now() - parsedAt

    const text = report(result, this.options.dir)
    this.log.info(`\n${text.summary}`)
    if (text.merges)
      this.log.info(
        `Merged duplicates (same URL; the later publishedDateTime wins):\n${text.merges}`,
      )
    if (text.warnings) this.log.warn(`Warnings (the articles are kept):\n${text.warnings}`)
    if (result.errors.length > 0) {
      const header = `${result.invalidFiles.length} invalid article file${result.invalidFiles.length === 1 ? '' : 's'}`
      if (this.options.onInvalid === 'skip' || this.serving) {
        this.log.warn(`${header}, left out:\n${text.errors}`)
      } else {
        // The parsed files are kept for the build after the fix: let the cache finish.
        await this.savingCache
        return {
          errors: `${header}:\n${text.errors}\n\nFix them, or build without them: ARTICLES_ON_INVALID=skip`,
        }
      }
    }
    // Built on another thread while Vite bundles the app; writeData waits for it (a failure is
    // tried again, and reported, there).
    if (building) this.files!.prepareSearch().catch(() => {})
    return undefined
  }

  /** Makes the data files again from the store (after a scan, or an edit on the dev server). */
  refresh(): StoreResult {
    const result = (this.result = this.store.result())
    // A build (a watch rebuild too) spreads the stories for its own corpus. The dev server keeps
    // the count the open pages imported: at worst, a folder that grew a lot since the server
    // started gives larger story files until it restarts.
    if (!this.serving || this.storyFiles === undefined)
      this.storyFiles = storyFileCount(result.dataset.articles.length)
    if (this.serving) {
      this.previousFiles = this.files
      this.generation++
    }
    this.files = createDataFiles(result.dataset, {
      version: this.serving ? String(this.generation) : undefined,
      storyFiles: this.storyFiles,
      caches: this.store.caches,
    })
    return result
  }

  /** Feeds, OPML, sitemap and robots.txt at the site's root (emit-feeds.ts). */
  private writeSiteFiles(outDir: string) {
    const { files, feeds } = createSiteFiles(this.current.dataset, this.options.siteUrl)
    for (const [name, content] of files) {
      mkdirSync(path.dirname(path.join(outDir, name)), { recursive: true })
      writeFileSync(path.join(outDir, name), content)
    }
    const { siteUrl } = this.options
    if (siteUrl) {
      this.log.info(`wrote ${feeds} feeds (RSS, Atom, JSON Feed), feeds.opml and sitemap.xml`)
      const path = new URL(siteUrl).pathname
      if (path !== this.config.base) {
        this.log.warn(
          `SITE_URL's path (${path}) is not the base path the site is built for (${this.config.base}): the links in the feeds and the sitemap will not reach its pages. Build with SITE_URL and BASE_PATH that agree.`,
        )
      }
    } else {
      this.log.warn(
        "SITE_URL is not set: no feeds (RSS, Atom, JSON Feed), feeds.opml or sitemap.xml were written, as they need the site's absolute address. Build with SITE_URL=https://example.org/ (with the base path, if any) to write them.",
      )
    }
  }

  /** The `virtual:broadsheet-data` module: where the pages find the data files. */
  virtualModule(): string {
    return [
      `export const dataVersion = ${JSON.stringify(this.version ?? 'dev')}`,
      `export const feedsPublished = ${this.options.siteUrl !== undefined && this.version !== undefined}`,
      `export const storyFileCount = ${this.storyFiles ?? throwPluginError('the story file count before the articles were read')}`,
      '',
    ].join('\n')
  }

  /**
   * Dev: the files a request names by its `v` (the generation its search manifest came from):
   * the current ones, the ones before them, or none once those are gone too.
   */
  filesFor(version: string | null): DataFiles | undefined {
    if (version === null || version === String(this.generation)) return this.files
    if (version === String(this.generation - 1)) return this.previousFiles
    return undefined
  }

  /** Build: writes every data file under `<outDir>/data/<version>/` and logs the times. */
  async writeData(outDir: string): Promise<void> {
    const started = performance.now()
    const files = this.files ?? throwPluginError('the data files before the articles were read')
    const searchReady = files.prepareSearch()
    const dataDir = path.join(outDir, 'data', this.version!)
    const write = async (paths: string[]) => {
      for (const dir of new Set(paths.map((p) => path.dirname(path.join(dataDir, p))))) {
        mkdirSync(dir, { recursive: true })
      }
      // Plain synchronous writes: for tens of thousands of small files they beat any number of
      // concurrent async ones on this kind of disk (measured in bench/). The gzip files are
      // compressed on libuv's threads while this one renders the next ones.
      const compressing = new Set<Promise<void>>()
      for (const p of paths) {
        const target = path.join(dataDir, p)
        if (!isCompressed(p)) {
          writeFileSync(target, files.read(p)!)
          continue
        }
        const job = gzip(files.render(p)!).then((bytes) => {
          writeFileSync(target, bytes)
          compressing.delete(job)
        })
        compressing.add(job)
        if (compressing.size >= COMPRESSING) await Promise.race(compressing)
      }
      await Promise.all(compressing)
      return paths.length
    }
    // The search index is built on another thread while this one writes everything else.
    let written = await write(files.paths())
    await searchReady
    written += await write(files.searchPaths())
    // Last, once the folder is whole: which version the site serves now (lib/new-deploy.ts).
    writeFileSync(
      path.join(outDir, 'data', CURRENT_DATA_FILE),
      `${JSON.stringify({ version: this.version })}\n`,
    )
    this.writeSiteFiles(outDir)
    await this.savingCache
    this.times.writeMs = performance.now() - started
    this.log.info(`wrote ${written} data files to ${displayDir(dataDir)}`)
    this.log.info(dataBuildLine(this.current.fileCount, this.times))
  }
}

/**
 * Names the data folder after what the files are made of: the pipeline's code, its options and
 * every article file's content digest. Equal inputs give equal files (the build is
 * deterministic), so a redeploy of changed data never meets a stale cache, without rendering
 * every file twice to hash it.
 */
function datasetVersion(
  codeHash: string,
  options: ResolvedArticlesOptions,
  entries: [string, StoreEntry][],
) {
  const hash = createHash('sha256').update(`${codeHash}\n${options.assetBaseUrl}\n`)
  for (const [name, entry] of [...entries].sort(([a], [b]) => (a < b ? -1 : 1))) {
    hash.update(`${name}\0${entry.digest}\n`)
  }
  return hash.digest('hex').slice(0, 12)
}

export function throwPluginError(what: string): never {
  throw new Error(`${PLUGIN_NAME}: ${what}`)
}
