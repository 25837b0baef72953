import { readdir, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'
import { writeFile } from 'node:fs/promises'
import { build, createServer } from 'vite'
import { afterEach, describe, expect, it } from 'vitest'
import type { ArticleDetail, Facets } from '../shared/data.ts'
import { dataPaths, isCompressed, storyFile, storyFileCount } from '../shared/data-paths.ts'
import type { SearchManifest } from '../shared/search-index.ts'
import { articleText, projectRoot, writeTree } from './test-support/fixtures.ts'

const savedEnv = { ...process.env }
afterEach(() => {
  process.env = { ...savedEnv }
})

async function buildWith(dir: string, onInvalid?: 'skip') {
  process.env.ARTICLES_DIR = dir
  if (onInvalid) process.env.ARTICLES_ON_INVALID = onInvalid
  const outDir = path.join(tmpdir(), `broadsheet-dist-${process.pid}-${Date.now()}`)
  await build({ root: projectRoot, logLevel: 'silent', build: { outDir, emptyOutDir: true } })
  return outDir
}

const mixedFolder = () =>
  writeTree({
    'good-one.md': articleText({ title: '"Good one"', originalUrl: '"https://e.x/1"' }),
    'sub/good-two.md': articleText({ title: '"Good two"', originalUrl: '"https://e.x/2"' }),
    'bad-date.md': articleText({ publishedDateTime: 'tomorrow' }),
    'no-title.md': articleText({ title: undefined }),
    'broken-yaml.md': '---\ntitle: "unclosed\n---\n',
  })

describe('the articles plugin in a Vite build', () => {
  it('fails by default, naming every broken file with its line and field', async () => {
    const dir = await mixedFolder()
    const error = await buildWith(dir).then(
      () => undefined,
      (e: Error) => e,
    )
    expect(error?.message).toMatch(/3 invalid article files/)
    expect(error?.message).toMatch(/bad-date\.md:4 publishedDateTime: expected a date/)
    expect(error?.message).toMatch(/no-title\.md title: is required/)
    expect(error?.message).toMatch(/broken-yaml\.md:\d+ invalid YAML/)
    expect(error?.message).toMatch(/ARTICLES_ON_INVALID=skip/)
  }, 30_000)

  it('with ARTICLES_ON_INVALID=skip, leaves the broken files out and keeps every good one', async () => {
    const dir = await mixedFolder()
    const outDir = await buildWith(dir, 'skip')
    // The versioned folder, beside data/current.json (readdir's order is the disk's).
    const [version] = (await readdir(path.join(outDir, 'data'))).filter((f) => f !== 'current.json')
    expect(version).toMatch(/^[0-9a-f]{12}$/)
    const data = path.join(outDir, 'data', version!)
    const facets = JSON.parse(await readFile(path.join(data, 'facets.json'), 'utf8')) as Facets
    expect(facets.articleCount).toBe(2)
    const stories = await Promise.all(
      (await readdir(path.join(data, 'stories'))).map(
        async (f) =>
          JSON.parse(
            gunzipSync(await readFile(path.join(data, 'stories', f))).toString('utf8'),
          ) as Record<string, unknown>,
      ),
    )
    expect(stories.flatMap((s) => Object.keys(s)).sort()).toEqual(['good-one', 'good-two'])
    const js = (await readdir(path.join(outDir, 'assets'))).filter((f) => f.endsWith('.js'))
    const bundle = (
      await Promise.all(js.map((f) => readFile(path.join(outDir, 'assets', f), 'utf8')))
    ).join('')
    expect(bundle).toContain(version)
  }, 30_000)
})

/** A dev server on the folder, and a fetch of its data files. */
async function devServer(dir: string) {
  process.env.ARTICLES_DIR = dir
  const server = await createServer({
    root: projectRoot,
    logLevel: 'silent',
    server: { port: 0, hmr: false },
  })
  await server.listen()
  const { port } = server.httpServer!.address() as { port: number }
  return { server, data: (p: string) => fetch(`http://localhost:${port}/data/dev/${p}`) }
}

describe('the articles plugin in the dev server', () => {
  it('serves a search worker the chunks of the index its manifest came from, across a save', async () => {
    const dir = await writeTree({
      'one.md': articleText({ title: '"Robots learn"', originalUrl: '"https://e.x/1"' }),
      'two.md': articleText({ title: '"Chips sell"', originalUrl: '"https://e.x/2"' }),
    })
    const { server, data: get } = await devServer(dir)
    try {
      const manifest = async () => (await (await get('search/index.json')).json()) as SearchManifest
      const chunk = async (m: SearchManifest, key: string, v = m.version) => {
        const res = await get(`search/${m.chunks.indexOf(key)}.json?v=${v}`)
        return res.ok
          ? ((await res.json()) as { terms: [string][] }).terms.map((t) => t[0])
          : res.status
      }

      const before = await manifest()
      expect(await chunk(before, 'ro')).toEqual(['robots'])
      // A save: the new index has other words, and the chunk numbers move.
      await writeFile(
        path.join(dir, 'one.md'),
        articleText({ title: '"Drones learn"', originalUrl: '"https://e.x/1"' }),
      )
      server.watcher.emit('change', path.join(dir, 'one.md'))
      await expect.poll(async () => (await manifest()).version).not.toBe(before.version)
      const after = await manifest()
      expect(await chunk(after, 'dr')).toEqual(['drones'])
      // A worker still holding the old manifest gets the old index's chunks, never a mix.
      expect(await chunk(before, 'ro')).toEqual(['robots'])
      expect(await chunk(before, 'ro', 'no-such-version')).toBe(404)
    } finally {
      await server.close()
    }
  }, 30_000)

  it('keeps the story file count the pages imported while articles are added', async () => {
    const story = (i: number) =>
      articleText({ title: `"Story ${i}"`, originalUrl: `"https://e.x/${i}"` })
    const dir = await writeTree(
      Object.fromEntries(Array.from({ length: 9 }, (_, i) => [`s${i}.md`, story(i)])),
    )
    const { server, data } = await devServer(dir)
    try {
      const get = async <T>(p: string) => {
        const res = await data(p)
        const bytes = Buffer.from(await res.arrayBuffer())
        if (!isCompressed(p)) return JSON.parse(bytes.toString('utf8')) as T
        expect(res.headers.get('content-type')).toBe('application/gzip')
        return JSON.parse(gunzipSync(bytes).toString('utf8')) as T
      }
      const countInModule = async () => {
        const module = await server.pluginContainer.load('\0virtual:broadsheet-data')
        return Number(/storyFileCount = (\d+)/.exec(String(module))?.[1])
      }
      expect(await countInModule()).toBe(storyFileCount(9))
      expect(storyFileCount(9)).toBe(2)

      // Twenty more: a fresh start would spread 29 stories over 4 files; this server keeps 2.
      for (let i = 9; i < 29; i++) {
        await writeFile(path.join(dir, `s${i}.md`), story(i))
        server.watcher.emit('add', path.join(dir, `s${i}.md`))
      }
      await expect.poll(async () => (await get<Facets>('facets.json')).articleCount).toBe(29)
      expect(await countInModule()).toBe(2)
      for (let i = 0; i < 29; i++) {
        const details = await get<Record<string, ArticleDetail>>(
          dataPaths.stories(storyFile(`s${i}`, 2)),
        )
        expect(details[`s${i}`]?.title).toBe(`Story ${i}`)
      }
    } finally {
      await server.close()
    }
  }, 30_000)
})
