import { describe, expect, it } from 'vitest'
import type { Card } from '../shared/data.ts'
import { createSearchEngine } from '../search/search-engine.ts'
import type { SearchManifest } from '../shared/search-index.ts'
import { ArticleStore } from './article-store.ts'
import { createDataFiles } from './emit-data.ts'
import { createSearchFiles } from './emit-search.ts'
import { bundledArticles } from './test-support/fixtures.ts'

describe('search files', () => {
  it('index every article by title, full excerpt, provider, topics and related headlines', async () => {
    const store = new ArticleStore({ dir: bundledArticles })
    await store.scan()
    const files = createDataFiles(store.result().dataset)
    const read = <T>(path: string) => JSON.parse(files.read(path) as string) as T
    const manifest = read<SearchManifest>('search/index.json')
    expect(manifest.documentCount).toBe(5)
    const searchPaths = files.searchPaths()
    expect(searchPaths).toHaveLength(1 + manifest.chunks.length + manifest.setBuckets)
    expect(searchPaths.every((p) => p.startsWith('search/'))).toBe(true)
    expect(files.paths().filter((p) => p.startsWith('search/'))).toEqual([])
    expect(searchPaths.every((p) => typeof files.read(p) === 'string')).toBe(true)
    expect(files.read('search/999.json')).toBeUndefined()
    expect(files.read('search/01.json')).toBeUndefined()

    const engine = createSearchEngine(manifest, {
      chunk: async (n) => read(`search/${n}.json`),
      setBucket: async (n) => read(`search/s${n}.json`),
    })
    const cards = read<Card[]>('cards/0.json')
    const ids = async (q: string) => Array.from((await engine.search(q)).ids)
    // Every title finds its own card first.
    for (const card of cards) expect((await ids(`"${card.title}"`))[0]).toBe(card.id)
    expect(await ids('source:bmmagazine.co.uk')).toEqual(
      cards.filter((c) => c.provider === cards[0]!.provider).map((c) => c.id),
    )
    // The shoplifting story has "police" and "Orleans" only in a related headline ("New
    // Orleans police use of facial recognition…"): found, after the stories with it in their text.
    const { id } = cards.find((c) => c.slug.startsWith('2023-07-29-home-office-secretly-backs'))!
    expect(await ids('orleans')).toEqual([id])
    const police = await ids('police')
    expect(police).toHaveLength(4)
    expect(police.at(-1)).toBe(id)
  })

  it('are the same when built on a worker thread', async () => {
    const store = new ArticleStore({ dir: bundledArticles })
    await store.scan()
    const { dataset } = store.result()
    const here = createSearchFiles(dataset)
    const there = createSearchFiles(dataset, { workerThreshold: 0 })
    await there.prepare()
    expect(there.paths()).toEqual(here.paths())
    for (const p of here.paths()) expect(there.read(p), p).toBe(here.read(p))
  })
})
