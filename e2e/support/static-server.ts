import { createReadStream, existsSync, statSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

/*
 * A static host for the service-worker journeys (e2e/offline.spec.ts): serves a built site from
 * a folder, with the single-page fallback, on a port of its own (its own origin, so its own
 * worker), and can be stopped to take the site off the network. Playwright's offline emulation
 * does not reach a service worker's own requests; a stopped origin is what offline really is.
 */

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.bin': 'application/octet-stream',
  '.gz': 'application/gzip',
}

export interface StaticSite {
  origin: string
  /** Serves another folder from now on (a deploy). */
  serve(root: string): void
  /** Answers missing files with index.html (200), as many hosts' single-page fallback does. */
  fallBackForFiles(on: boolean): void
  stop(): Promise<void>
}

export async function startStaticSite(root: string): Promise<StaticSite> {
  let current = root
  let fallBackForFiles = false
  const server: Server = createServer((req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost')
    let file = path.join(current, decodeURIComponent(pathname))
    if (file !== current && !file.startsWith(current + path.sep)) {
      return void res.writeHead(403).end()
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html')
    if (!existsSync(file)) {
      // A page of the app (no extension) gets index.html; a missing file is a 404.
      if (path.extname(pathname) && !fallBackForFiles) return void res.writeHead(404).end()
      file = path.join(current, 'index.html')
    }
    res.writeHead(200, {
      'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-cache',
    })
    createReadStream(file).pipe(res)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    origin: `http://127.0.0.1:${port}`,
    serve(next) {
      current = next
    },
    fallBackForFiles(on) {
      fallBackForFiles = on
    },
    stop: () =>
      new Promise((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
