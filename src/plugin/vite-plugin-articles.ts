import { createHash } from 'node:crypto'
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { Plugin, ResolvedConfig, ViteDevServer } from 'vite'
import { ArticleStore, type StoreEntry, type StoreResult } from './article-store.ts'
import { BuildCache, pipelineCodeHash } from './build-cache.ts'
import { storyFileCount } from '../shared/data-paths.ts'
import { createDataFiles, type DataFiles } from './emit-data.ts'
import {
  resolveArticlesOptions,
  type ArticlesOptions,
  type ResolvedArticlesOptions,
} from './options.ts'
import { dataBuildLine, displayDir, report, type DataBuildTimes } from './report.ts'

export type { ArticlesOptions } from './options.ts'

const VIRTUAL_ID = 'virtual:broadsheet-data'
const RESOLVED_VIRTUAL_ID = `\0${VIRTUAL_ID}`
const PLUGIN_NAME = 'broadsheet:articles'
export const DATA_UPDATE_EVENT = 'broadsheet:data-update'

interface Context {
  options: ResolvedArticlesOptions
  store: ArticleStore
  config: ResolvedConfig
  files?: DataFiles
  /** Dev: the files before the last change, and how many times the files were made. */
  previousFiles?: DataFiles
  generation: number
  result?: StoreResult
  /** Names the build's data folder; derived from everything the data files are made of. */
  version?: string
  /** How many story files; the dev server keeps the count it started with (the app has it). */
  storyFiles?: number
  codeHash: string
  /** The build cache being written (build only). */
  savingCache?: Promise<void>
  /** What the build spent on the data files, apart from bundling the app (logged at the end). */
  times: DataBuildTimes
}

/**
 * Reads the articles folder and serves it to the app as JSON data files: emitted under
 * `dist/data/<hash>/` by a build, answered from memory by the dev server (which follows edits).
 * Every page knows where to look through the `virtual:broadsheet-data` module.
 */
export function articles(userOptions: ArticlesOptions = {}): Plugin[] {
  let ctx: Context
  const refresh = () => {
    ctx.result = ctx.store.result()
    const serving = ctx.config.command === 'serve'
    // A build (a watch rebuild too) spreads the stories for its own corpus. The dev server keeps
    // the count the open pages imported: at worst, a folder that grew a lot since the server
    // started gives larger story files until it restarts.
    if (!serving || ctx.storyFiles === undefined)
      ctx.storyFiles = storyFileCount(ctx.result.dataset.articles.length)
    if (serving) {
      // A search worker may still hold the last files' manifest: keep those files a while.
      ctx.previousFiles = ctx.files
      ctx.generation++
    }
    ctx.files = createDataFiles(ctx.result.dataset, {
      version: serving ? String(ctx.generation) : undefined,
      storyFiles: ctx.storyFiles,
    })
    return ctx.result
  }

  const main: Plugin = {
    name: PLUGIN_NAME,
    configResolved(config) {
      const options = resolveArticlesOptions(userOptions, config.root)
      ctx = {
        options,
        store: new ArticleStore({
          dir: options.dir,
          assetBaseUrl: options.assetBaseUrl,
          keepBatches: config.command === 'build',
        }),
        config,
        codeHash: pipelineCodeHash(),
        times: { parseMs: 0, datasetMs: 0, writeMs: 0 },
        generation: 0,
      }
    },
    async buildStart() {
      const building = ctx.config.command === 'build'
      const cache = new BuildCache(
        ctx.config.root,
        ctx.options.dir,
        `${ctx.codeHash}\n${ctx.options.assetBaseUrl}`,
      )
      const started = performance.now()
      // A watch rebuild: the last build's save first (it writes the same file).
      await ctx.savingCache
      let parsed = 0
      try {
        if (building) ctx.store.restore(await cache.load())
        parsed = await ctx.store.scan()
      } catch (error) {
        this.error(
          `cannot read the articles folder ${displayDir(ctx.options.dir)}: ${(error as Error).message}`,
        )
      }
      // Written while the dataset is made and the app bundled; writeBundle waits for it. The
      // cache only saves time: a failure to save it (or to serialise it) is a warning.
      if (building && parsed > 0) {
        ctx.savingCache = (async () => cache.save(ctx.store.cacheImage()))().catch(
          (error: Error) => {
            ctx.config.logger.warn(`articles: the build cache was not saved: ${error.message}`)
          },
        )
      }
      const parsedAt = performance.now()
      const result = refresh()
      if (building) ctx.version = datasetVersion(ctx.codeHash, ctx.options, ctx.store.entries())
      ctx.times.parseMs = parsedAt - started
      ctx.times.datasetMs = performance.now() - parsedAt
      const text = report(result, ctx.options.dir)
      const log = ctx.config.logger
      log.info(`\n${text.summary}`)
      if (text.merges)
        log.info(`Merged duplicates (same URL; the later publishedDateTime wins):\n${text.merges}`)
      if (text.warnings) log.warn(`Warnings (the articles are kept):\n${text.warnings}`)
      if (result.errors.length > 0) {
        const header = `${result.invalidFiles.length} invalid article file${result.invalidFiles.length === 1 ? '' : 's'}`
        if (ctx.options.onInvalid === 'skip' || ctx.config.command === 'serve') {
          log.warn(`${header}, left out:\n${text.errors}`)
        } else {
          // The parsed files are kept for the build after the fix: let the cache finish.
          await ctx.savingCache
          this.error(
            `${header}:\n${text.errors}\n\nFix them, or build without them: ARTICLES_ON_INVALID=skip`,
          )
        }
      }
      if (building) {
        // Built on another thread while Vite bundles the app; writeBundle waits for it (a
        // failure is tried again, and reported, there).
        ctx.files!.prepareSearch().catch(() => {})
      }
    },
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_VIRTUAL_ID : undefined
    },
    load(id) {
      if (id !== RESOLVED_VIRTUAL_ID) return undefined
      const version = ctx.version ?? 'dev'
      return [
        `export const dataVersion = ${JSON.stringify(version)}`,
        `export const storyFileCount = ${ctx.storyFiles ?? throwPluginError('the story file count before the articles were read')}`,
        '',
      ].join('\n')
    },
  }

  const build: Plugin = {
    name: `${PLUGIN_NAME}:build`,
    apply: 'build',
    async writeBundle(outputOptions) {
      const started = performance.now()
      const files = ctx.files!
      const searchReady = files.prepareSearch()
      const outDir = outputOptions.dir ?? path.resolve(ctx.config.root, ctx.config.build.outDir)
      const dataDir = path.join(outDir, 'data', ctx.version!)
      const write = (paths: string[]) => {
        for (const dir of new Set(paths.map((p) => path.dirname(path.join(dataDir, p))))) {
          mkdirSync(dir, { recursive: true })
        }
        // Plain synchronous writes: for tens of thousands of small files they beat any number
        // of concurrent async ones on this kind of disk (measured in bench/).
        for (const p of paths) writeFileSync(path.join(dataDir, p), files.read(p)!)
        return paths.length
      }
      // The search index is built on another thread while this one writes everything else.
      let written = write(files.paths())
      await searchReady
      written += write(files.searchPaths())
      await ctx.savingCache
      ctx.times.writeMs = performance.now() - started
      ctx.config.logger.info(`wrote ${written} data files to ${displayDir(dataDir)}`)
      ctx.config.logger.info(dataBuildLine(ctx.result!.fileCount, ctx.times))
    },
  }

  const dev: Plugin = {
    name: `${PLUGIN_NAME}:dev`,
    apply: 'serve',
    configureServer(server) {
      const prefix = `${ctx.config.base.replace(/\/$/, '')}/data/dev/`
      server.middlewares.use((req, res, next) => {
        const [url, query] = (req.url ?? '').split('?')
        if (!url?.startsWith(prefix)) return next()
        const path = decodeURIComponent(url.slice(prefix.length))
        // A search worker asks for the chunks of the index its manifest came from.
        const version = new URLSearchParams(query).get('v')
        const files =
          version === null || version === String(ctx.generation)
            ? ctx.files
            : version === String(ctx.generation - 1)
              ? ctx.previousFiles
              : undefined
        const send = (content: string | Uint8Array | undefined) => {
          res.setHeader('Cache-Control', 'no-store')
          if (content === undefined) {
            res.statusCode = 404
            res.end()
            return
          }
          res.setHeader(
            'Content-Type',
            typeof content === 'string' ? 'application/json' : 'application/octet-stream',
          )
          res.end(content)
        }
        // The search index is built off this thread, when a page first searches.
        if (files && path.startsWith('search/'))
          files.prepareSearch().then(() => send(files.read(path)), next)
        else send(files?.read(path))
      })
      watchArticles(server, ctx, refresh)
    },
    hotUpdate({ file }) {
      // Article files are data, not modules: the watcher above handles them.
      if (ctx.store.relative(file) !== undefined) return []
      return undefined
    },
  }

  return [main, build, dev]
}

function watchArticles(server: ViteDevServer, ctx: Context, refresh: () => StoreResult) {
  server.watcher.add(ctx.options.dir)
  const showErrors = () => {
    const result = ctx.result!
    // Vite keeps an error sent while no page is open and replays it to the next one, even when
    // it has been fixed since: send only to open pages; a page that connects asks anew.
    if (result.errors.length === 0 || server.ws.clients.size === 0) return
    const first = result.errors[0]!
    server.ws.send({
      type: 'error',
      err: {
        plugin: PLUGIN_NAME,
        message: `Invalid article file, left out until fixed:\n${report(result, ctx.options.dir).errors}`,
        stack: '',
        id: path.join(ctx.options.dir, first.file),
        loc: { file: path.join(ctx.options.dir, first.file), line: first.line ?? 1, column: 1 },
      },
    })
  }
  const onChange = async (file: string, removed: boolean) => {
    const name = ctx.store.relative(file)
    if (name === undefined) return
    const changed = removed ? ctx.store.remove(name) : await ctx.store.update(name)
    if (!changed) return
    const result = refresh()
    server.config.logger.info(`${name} changed: ${report(result, ctx.options.dir).summary}`, {
      timestamp: true,
    })
    server.ws.send({
      type: 'custom',
      event: DATA_UPDATE_EVENT,
      data: { errors: result.errors.length },
    })
    showErrors()
  }
  // One change at a time, in event order: an editor's truncate-then-write fires two events, and
  // the read for the second must land after the read for the first.
  let queue = Promise.resolve()
  const enqueue = (file: string, removed: boolean) => {
    queue = queue
      .then(() => onChange(file, removed))
      .catch((error: Error) => {
        server.config.logger.error(`articles: ${error.message}`)
      })
  }
  // The watcher can report a save while the file is still empty or half written, and then stay
  // quiet about the rest of the write: look once more shortly after (a no-op when unchanged).
  const settle = new Map<string, ReturnType<typeof setTimeout>>()
  const changed = (file: string) => {
    enqueue(file, false)
    clearTimeout(settle.get(file))
    settle.set(
      file,
      setTimeout(() => (settle.delete(file), enqueue(file, false)), 150),
    )
  }
  server.watcher.on('add', changed)
  server.watcher.on('change', changed)
  server.watcher.on('unlink', (f) => enqueue(f, true))
  server.ws.on('connection', showErrors)
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

function throwPluginError(what: string): never {
  throw new Error(`${PLUGIN_NAME}: ${what}`)
}
