import { mkdir, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { deserialize } from 'node:v8'
import { describe, expect, it } from 'vitest'
import { ArticleStore, type StoreOptions } from './article-store.ts'
import { BuildCache, type CacheImage } from './build-cache.ts'
import { parseInParallel } from './parse-pool.ts'
import { parseBatch, type ParsedEntry } from './parse-worker.ts'
import { articleText, bundledArticles, writeTree } from './test-support/fixtures.ts'

const folder = () =>
  writeTree(
    Object.fromEntries(
      Array.from({ length: 12 }, (_, i) => [
        `a${i}.md`,
        articleText({ title: `"Story ${i}"`, originalUrl: `"https://e.x/${i}"` }),
      ]),
    ),
  )
const names = async (dir: string) => (await readdir(dir)).filter((n) => n.endsWith('.md')).sort()
const cacheIn = (dir: string, key = 'k') => new BuildCache(tmpdir(), dir, key)
const scanned = async (options: StoreOptions) => {
  const store = new ArticleStore(options)
  const parsed = await store.scan()
  return { store, parsed }
}

describe('parseInParallel', () => {
  it('parses on worker threads exactly as on this one, and hands back the serialised batches', async () => {
    const dir = bundledArticles
    const list = await names(dir)
    const { entries, serialized } = await parseInParallel(
      dir,
      list,
      {},
      { minFiles: 1, threads: 2 },
    )
    expect(entries).toEqual(parseBatch({ dir, names: list, options: {} }))
    expect(serialized?.flatMap((bytes) => deserialize(bytes) as ParsedEntry[])).toEqual(entries)
  }, 30_000)

  it('a worker’s failure reaches the caller, naming the file', async () => {
    const list = [...(await names(bundledArticles)), 'gone.md']
    await expect(
      parseInParallel(bundledArticles, list, {}, { minFiles: 1, threads: 2 }),
    ).rejects.toThrow(/gone\.md/)
  }, 30_000)

  it('stays on this thread below its threshold, with nothing serialised', async () => {
    const list = await names(bundledArticles)
    const output = await parseInParallel(bundledArticles, list, {})
    expect(output.serialized).toBeUndefined()
    expect(output.entries.map((e) => e.name)).toEqual(list)
  })
})

describe('BuildCache', () => {
  for (const [how, pool] of [
    ['on this thread', undefined],
    ['on worker threads (their batches stored as they are)', { minFiles: 1, threads: 2 }],
  ] as const) {
    it(`remembers a build's files, parsed ${how}, so that the next parses only what changed`, async () => {
      const dir = await folder()
      const first = await scanned({ dir, pool, keepBatches: true })
      expect(first.parsed).toBe(12)
      const cache = cacheIn(dir)
      await cache.save(first.store.cacheImage())

      const next = new ArticleStore({ dir })
      next.restore(await cache.load())
      expect(next.entries()).toEqual(first.store.entries())
      expect(await next.scan()).toBe(0)
      expect(next.result().dataset).toEqual(first.store.result().dataset)

      // One file edited, one removed: only the edited one is parsed again.
      await writeFile(
        path.join(dir, 'a3.md'),
        articleText({ title: '"Edited"', originalUrl: '"https://e.x/3"' }),
      )
      await rm(path.join(dir, 'a5.md'))
      expect(await next.scan()).toBe(1)
      const titles = next.result().dataset.articles.map((a) => a.title)
      expect(titles).toHaveLength(11)
      expect(titles).toContain('Edited')

      // The warm build's cache (serialised whole, as not every file was parsed) loads too.
      await cache.save(next.cacheImage())
      const third = new ArticleStore({ dir })
      third.restore(await cache.load())
      expect(await third.scan()).toBe(0)
      expect(third.result().dataset).toEqual(next.result().dataset)
    }, 30_000)
  }

  it('ignores a cache written under another key, and one it cannot read', async () => {
    const dir = await folder()
    const { store } = await scanned({ dir })
    await cacheIn(dir, 'old code').save(store.cacheImage())
    expect(await cacheIn(dir, 'new code').load()).toEqual([])
    await writeFile(cacheIn(dir).file, 'not a cache')
    expect(await cacheIn(dir).load()).toEqual([])
  })

  it('writes a new cache beside the old and renames it into place, leaving nothing on failure', async () => {
    const dir = await folder()
    const { store } = await scanned({ dir })
    const cache = cacheIn(dir)
    await cache.save(store.cacheImage())
    const partials = async () =>
      (await readdir(path.dirname(cache.file))).filter((f) => f.endsWith('.partial'))
    // A save that cannot finish leaves the last cache as it was.
    const broken = { ...store.cacheImage(), stats: [() => 0] } as unknown as CacheImage
    await expect(cache.save(broken)).rejects.toThrow()
    expect(await cache.load()).toEqual(store.entries())
    // One whose rename fails (a folder in the way) removes its new file.
    await rm(cache.file)
    await mkdir(path.join(cache.file, 'in-the-way'), { recursive: true })
    await expect(cache.save(store.cacheImage())).rejects.toThrow()
    expect(await partials()).toEqual([])
    await rm(cache.file, { recursive: true })
  })
})
