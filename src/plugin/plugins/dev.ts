import path from 'node:path'
import type { Plugin, ViteDevServer } from 'vite'
import { isCompressed } from '../../shared/data-paths.ts'
import { PLUGIN_NAME, type ArticlesPipeline } from '../pipeline.ts'
import { report } from '../report.ts'
import type { PluginContext } from './context.ts'

export const DATA_UPDATE_EVENT = 'broadsheet:data-update'

/**
 * How long a file's size must hold still before the watcher reports it: an editor's save
 * (truncate, then write) or a copy in progress is reported once, complete.
 */
const WRITE_SETTLED_MS = 100

/**
 * The dev server answers the data files from memory under `data/dev/` and follows edits in the
 * articles folder: each saved file updates the store, the files are made again and open pages
 * are told to fetch them.
 */
export function devPlugin(ctx: PluginContext): Plugin {
  return {
    name: `${PLUGIN_NAME}:dev`,
    apply: 'serve',
    config: () => ({
      server: {
        watch: { awaitWriteFinish: { stabilityThreshold: WRITE_SETTLED_MS, pollInterval: 20 } },
      },
    }),
    configureServer(server) {
      const { pipeline } = ctx
      const prefix = `${pipeline.config.base.replace(/\/$/, '')}/data/dev/`
      server.middlewares.use((req, res, next) => {
        const [url, query] = (req.url ?? '').split('?')
        if (!url?.startsWith(prefix)) return next()
        const name = decodeURIComponent(url.slice(prefix.length))
        // A search worker asks for the chunks of the index its manifest came from.
        const files = pipeline.filesFor(new URLSearchParams(query).get('v'))
        const send = (content: string | Uint8Array | undefined) => {
          res.setHeader('Cache-Control', 'no-store')
          if (content === undefined) {
            res.statusCode = 404
            res.end()
            return
          }
          res.setHeader(
            'Content-Type',
            typeof content === 'string'
              ? 'application/json'
              : isCompressed(name)
                ? 'application/gzip'
                : 'application/octet-stream',
          )
          res.end(content)
        }
        // The search index is built off this thread, when a page first searches.
        if (files && name.startsWith('search/'))
          files.prepareSearch().then(() => send(files.read(name)), next)
        else send(files?.read(name))
      })
      watchArticles(server, pipeline)
    },
    hotUpdate({ file }) {
      // Article files are data, not modules: the watcher below handles them.
      if (ctx.pipeline.store.relative(file) !== undefined) return []
      return undefined
    },
  }
}

function watchArticles(server: ViteDevServer, pipeline: ArticlesPipeline) {
  const { dir } = pipeline.options
  server.watcher.add(dir)
  const showErrors = () => {
    const result = pipeline.current
    // Vite keeps an error sent while no page is open and replays it to the next one, even when
    // it has been fixed since: send only to open pages; a page that connects asks anew.
    if (result.errors.length === 0 || server.ws.clients.size === 0) return
    const first = result.errors[0]!
    server.ws.send({
      type: 'error',
      err: {
        plugin: PLUGIN_NAME,
        message: `Invalid article file, left out until fixed:\n${report(result, dir).errors}`,
        stack: '',
        id: path.join(dir, first.file),
        loc: { file: path.join(dir, first.file), line: first.line ?? 1, column: 1 },
      },
    })
  }
  const onChange = async (file: string, removed: boolean) => {
    const name = pipeline.store.relative(file)
    if (name === undefined) return
    const changed = removed ? pipeline.store.remove(name) : await pipeline.store.update(name)
    if (!changed) return
    const result = pipeline.refresh()
    server.config.logger.info(`${name} changed: ${report(result, dir).summary}`, {
      timestamp: true,
    })
    server.ws.send({
      type: 'custom',
      event: DATA_UPDATE_EVENT,
      data: { errors: result.errors.length },
    })
    showErrors()
  }
  // One change at a time, in event order: each read lands after the one before it.
  let queue = Promise.resolve()
  const enqueue = (file: string, removed: boolean) => {
    queue = queue
      .then(() => onChange(file, removed))
      .catch((error: Error) => server.config.logger.error(`articles: ${error.message}`))
  }
  server.watcher.on('add', (f) => enqueue(f, false))
  server.watcher.on('change', (f) => enqueue(f, false))
  server.watcher.on('unlink', (f) => enqueue(f, true))
  server.ws.on('connection', showErrors)
}
