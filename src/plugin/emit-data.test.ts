import { gunzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import type { ArticleDetail, Card, CardLite, Facets } from '../shared/data.ts'
import { SHARD_SIZE, storyFile, storyFileCount } from '../shared/data-paths.ts'
import { decodeFacetIndex } from '../shared/facet-index.ts'
import { cardAt, LIST_SIZE, rowsAt, sidebarFiles } from '../shared/story-lists.ts'
import { ArticleStore } from './article-store.ts'
import { createDataFiles } from './emit-data.ts'
import { articleText, bundledArticles, writeTree } from './test-support/fixtures.ts'

const storeFor = async (dir: string) => {
  const store = new ArticleStore({ dir })
  await store.scan()
  return store
}
const filesFor = async (dir: string) => createDataFiles((await storeFor(dir)).result().dataset)
/** `a0.md` … `a<n-1>.md`, an hour apart, the last the newest. */
const hourlyArticles = (n: number) =>
  writeTree(
    Object.fromEntries(
      Array.from({ length: n }, (_, i) => [
        `a${i}.md`,
        articleText({
          originalUrl: `"https://e.x/${i}"`,
          publishedDateTime: new Date(Date.UTC(2024, 0, 1) + i * 3_600_000).toISOString(),
        }),
      ]),
    ),
  )
/** A data file's JSON, inflated first if it is a `.json.gz` one. */
const json = <T>(content: string | Uint8Array | undefined) =>
  JSON.parse(typeof content === 'string' ? content : gunzipSync(content!).toString('utf8')) as T

describe('createDataFiles', () => {
  it('emits facets, the facet index, card shards, story files and lists', async () => {
    const files = await filesFor(bundledArticles)
    const paths = files.paths()
    expect(paths.slice(0, 4)).toEqual([
      'facets.json',
      'index.bin',
      'cards/0.json',
      'stories/0.json.gz',
    ])
    expect(paths.slice(4).length).toBeGreaterThan(0)
    for (const path of paths.slice(4)) expect(path).toMatch(/^lists\/[tp]\d+-0\.json\.gz$/)

    const facets = json<Facets>(files.read('facets.json'))
    expect(facets).toMatchObject({
      articleCount: 5,
      newest: '2023-10-19T13:22:00.000Z',
      oldest: '2023-05-17T13:21:00.000Z',
      shardCount: 1,
    })
    const cards = json<Card[]>(files.read('cards/0.json'))
    expect(cards.map((c) => c.id)).toEqual([0, 1, 2, 3, 4])
    expect(cards[0]).toMatchObject({
      title: 'Met Police roll out facial recognition technology to tackle London’s shoplifting',
      provider: facets.providers.findIndex((p) => p.domain === 'bmmagazine.co.uk'),
      related: 7,
      published: false,
    })
    expect(JSON.stringify(cards)).not.toContain('secured')

    const index = decodeFacetIndex((files.read('index.bin') as Uint8Array).slice().buffer)
    expect(index.count).toBe(5)
    expect(Array.from(index.provider)).toEqual(cards.map((c) => c.provider))
  })

  it('gives a story page its related coverage, neighbours and more-like-this', async () => {
    const files = await filesFor(bundledArticles)
    const slug =
      '2023-08-30-uk-government-seeks-expanded-use-of-ai-based-facial-recognition-by-police'
    const detail = json<Record<string, ArticleDetail>>(files.read('stories/0.json.gz'))[slug]!
    expect(detail).toMatchObject({
      url: 'https://www.ft.com/content/858981e5-41e1-47f1-9187-009ad660bbbd',
      provider: { domain: 'ft.com', name: 'The Financial Times' },
      topics: [
        { slug: 'computer-vision', name: 'Computer Vision' },
        { slug: 'ai', name: 'AI' },
      ],
    })
    expect(detail.related).toHaveLength(1)
    expect(detail.related[0]).not.toHaveProperty('ampUrl')
    expect(detail).not.toHaveProperty('webUrl')
    expect(detail.id).toBe(2)
    const { lists } = sidebarFiles(detail, 5)
    const list = (key: string, n: number) =>
      json<CardLite[]>(files.read(`lists/${key}-${n}.json.gz`))
    const facets = json<Facets>(files.read('facets.json'))
    const topic = facets.topics.find((t) => t.slug === detail.moreOnTopic?.topic.slug)!
    expect(detail.moreOnTopic?.list).toEqual({ key: `t${topic.id}`, at: 2, length: topic.count })
    expect(lists[0]).toEqual({ key: `t${topic.id}`, n: 0 })
    expect(rowsAt(detail.moreOnTopic!.list, (f) => list(f.key, f.n))?.map((c) => c.id)).toEqual([
      0, 1, 3, 4,
    ])
    const cards = json<Card[]>(files.read('cards/0.json'))
    expect(cardAt(detail.id - 1, 5, () => cards)?.id).toBe(1)
    expect(cardAt(detail.id + 1, 5, () => cards)?.id).toBe(3)
    expect(files.read('stories/1.json.gz')).toBeUndefined()
    expect(files.read(`lists/t${topic.id}-1.json.gz`)).toBeUndefined()
    expect(files.read(`lists/t${facets.topics.length}-0.json.gz`)).toBeUndefined()
    expect(files.read(`lists/t0${topic.id}-0.json.gz`)).toBeUndefined()
    expect(files.read('articles/nope.json')).toBeUndefined()
    expect(files.read('cards/1.json')).toBeUndefined()
    expect(files.read('cards/00.json')).toBeUndefined()
  })

  it("lists a source's stories LIST_SIZE to a file; neighbours can span two files", async () => {
    const dir = await hourlyArticles(100)
    const files = await filesFor(dir)
    const paths = files.paths().filter((p) => p.startsWith('lists/p'))
    expect(paths).toEqual(Array.from({ length: 4 }, (_, n) => `lists/p0-${n}.json.gz`))
    const rows = paths.flatMap((p) => json<CardLite[]>(files.read(p)))
    expect(rows.map((r) => r.id)).toEqual(Array.from({ length: 100 }, (_, i) => i))
    expect(rows[0]).toEqual({
      id: 0,
      slug: 'a99',
      title: rows[0]!.title,
      date: rows[0]!.date,
      provider: 0,
    })

    const slug = 'a68' // id 31: the last row of the first file
    const detail = json<Record<string, ArticleDetail>>(
      files.read(`stories/${storyFile(slug, storyFileCount(100))}.json.gz`),
    )[slug]!
    expect(detail.moreFromProvider).toEqual({ key: 'p0', at: LIST_SIZE - 1, length: 100 })
    const { lists, shards } = sidebarFiles(detail, 100)
    expect(lists.filter((l) => l.key === 'p0')).toEqual([
      { key: 'p0', n: 0 },
      { key: 'p0', n: 1 },
    ])
    expect(shards).toEqual([1])
    const file = (f: { key: string; n: number }) =>
      json<CardLite[]>(files.read(`lists/${f.key}-${f.n}.json.gz`))
    expect(rowsAt(detail.moreFromProvider, file)?.map((r) => r.slug)).toEqual([
      'a70',
      'a69',
      'a67',
      'a66',
    ])
    // Not loaded yet: no rows; a file that failed (empty): its rows are left out.
    expect(
      rowsAt(detail.moreFromProvider, (f) => (f.n === 0 ? file(f) : undefined)),
    ).toBeUndefined()
    expect(rowsAt(detail.moreFromProvider, (f) => (f.n === 0 ? file(f) : []))?.length).toBe(2)
  })

  it('shards cards newest first, SHARD_SIZE to a file', async () => {
    const dir = await hourlyArticles(100)
    const files = await filesFor(dir)
    const count = Math.ceil(100 / SHARD_SIZE)
    const shards = Array.from({ length: count }, (_, n) =>
      json<Card[]>(files.read(`cards/${n}.json`)),
    )
    expect(shards.map((s) => s.length)).toEqual([
      ...Array<number>(count - 1).fill(SHARD_SIZE),
      100 - (count - 1) * SHARD_SIZE,
    ])
    expect(files.read(`cards/${count}.json`)).toBeUndefined()
    expect(shards[0]![0]!.slug).toBe('a99')
    expect(shards.at(-1)!.at(-1)!.slug).toBe('a0')
  })

  it('spreads the story details over files by a hash of the slug, each story in one', async () => {
    const dir = await hourlyArticles(100)
    const files = await filesFor(dir)
    const count = storyFileCount(100)
    expect(count).toBe(13)
    const paths = files.paths().filter((p) => p.startsWith('stories/'))
    expect(paths).toEqual(Array.from({ length: count }, (_, n) => `stories/${n}.json.gz`))
    const seen = new Map<string, number>()
    for (const [n, path] of paths.entries()) {
      const details = json<Record<string, ArticleDetail>>(files.read(path))
      for (const [slug, detail] of Object.entries(details)) {
        expect(detail.slug).toBe(slug)
        expect(storyFile(slug, count)).toBe(n)
        expect(seen.has(slug)).toBe(false)
        seen.set(slug, n)
      }
    }
    expect([...seen.keys()].sort()).toEqual(Array.from({ length: 100 }, (_, i) => `a${i}`).sort())
    expect(files.read(`stories/${count}.json.gz`)).toBeUndefined()
    expect(files.read('stories/01.json.gz')).toBeUndefined()
    // A dev server keeps the count it started with: the same details, over other files.
    const kept = createDataFiles((await storeFor(dir)).result().dataset, { storyFiles: 3 })
    expect(kept.paths().filter((p) => p.startsWith('stories/'))).toHaveLength(3)
    expect(Object.keys(json(kept.read(`stories/${storyFile('a7', 3)}.json.gz`)))).toContain('a7')
  })
})
