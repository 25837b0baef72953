import { cp, readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { ArticleStore } from './article-store.ts'
import {
  articleText,
  bundledArticles,
  corpusDir,
  hasCorpus,
  NO_CORPUS_REASON,
  writeTree,
} from './test-support/fixtures.ts'

const load = async (dir: string) => {
  const store = new ArticleStore({ dir })
  await store.scan()
  return { store, result: store.result() }
}

describe('ArticleStore on the bundled articles', () => {
  it('reads the five articles, newest first, with unique slugs', async () => {
    const { result } = await load(bundledArticles)
    expect(result.fileCount).toBe(5)
    expect(result.errors).toEqual([])
    const { articles, topics, providers } = result.dataset
    expect(articles.map((a) => a.slug)).toEqual([
      '2023-10-19-met-police-roll-out-facial-recognition-technology-to-tackle-london-s-shoplifting',
      '2023-09-02-revealed-home-office-secretly-lobbied-for-facial-recognition-spy-company',
      '2023-08-30-uk-government-seeks-expanded-use-of-ai-based-facial-recognition-by-police',
      '2023-07-29-home-office-secretly-backs-facial-recognition-technology-to-curb-shoplifting',
      '2023-05-17-home-office-pushes-for-more-police-facial-recognition-deployments',
    ])
    expect(articles.map((a) => a.id)).toEqual([0, 1, 2, 3, 4])
    expect(topics.map((t) => [t.slug, t.count])).toEqual([
      ['ai', 5],
      ['computer-vision', 5],
      ['natural-language-processing', 2],
    ])
    expect(providers.find((p) => p.domain === 'theguardian.com')).toMatchObject({
      count: 2,
      name: 'The Guardian',
    })
  })
})

describe.skipIf(!hasCorpus)('ArticleStore on the real corpus', () => {
  it('accepts all 243 files as 242 articles (two share a URL)', async () => {
    const { result } = await load(corpusDir)
    expect(result.fileCount).toBe(243)
    expect(result.errors).toEqual([])
    expect(result.invalidFiles).toEqual([])
    expect(result.dataset.articles).toHaveLength(242)
    expect(result.dataset.merges).toEqual([
      {
        url: 'https://www.infoq.com/news/2019/12/google-cloud-automl/',
        kept: '2019-12-25-google-cloud-team-releases-automl-natural-language.md',
        dropped: ['2019-12-24-google-cloud-team-releases-automl-natural-language.md'],
      },
    ])
    for (const a of result.dataset.articles) {
      expect(a.date).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.000Z$/)
      expect(a.url).toMatch(/^https?:\/\//)
      expect(a.title).not.toMatch(/&(#\d+|[a-z]+);/)
    }
  })
})
describe.runIf(!hasCorpus)('ArticleStore on the real corpus', () => {
  it.skip(NO_CORPUS_REASON, () => {})
})

describe('ArticleStore on a folder of good and broken files', () => {
  const good = (title: string, url: string, date = '2024-01-02T03:04:05Z') =>
    articleText({
      title: JSON.stringify(title),
      originalUrl: JSON.stringify(url),
      publishedDateTime: date,
    })

  it('finds files recursively, ignores non-.md files and lists every broken file', async () => {
    const dir = await writeTree({
      'ok.md': good('Ok', 'https://e.x/ok'),
      'nested/deeper/deep.md': good('Deep', 'https://e.x/deep'),
      'notes.txt': 'not an article',
      'image.png': Buffer.from([0x89, 0x50]),
      'empty.md': '',
      'no-frontmatter.md': '# Hello\n',
      'malformed.md': '---\ntitle: [oops\n---\n',
      'missing-title.md': articleText({ title: undefined }),
      'bad-date.md': articleText({ publishedDateTime: 'soon' }),
      'non-http.md': articleText({ originalUrl: 'javascript:alert(1)' }),
      'crlf.md': good('Crlf', 'https://e.x/crlf').replace(/\n/g, '\r\n'),
      'bom.md': `\uFEFF${good('Bom', 'https://e.x/bom')}`,
    })
    const { result } = await load(dir)
    expect(result.fileCount).toBe(10)
    expect(result.dataset.articles.map((a) => a.title).sort()).toEqual([
      'Bom',
      'Crlf',
      'Deep',
      'Ok',
    ])
    expect(result.dataset.articles.find((a) => a.title === 'Deep')).toMatchObject({
      file: 'nested/deeper/deep.md',
      slug: 'deep',
    })
    expect(result.invalidFiles).toEqual([
      'bad-date.md',
      'empty.md',
      'malformed.md',
      'missing-title.md',
      'no-frontmatter.md',
      'non-http.md',
    ])
    expect(result.errors.find((e) => e.file === 'bad-date.md')).toMatchObject({
      line: 4,
      field: 'publishedDateTime',
    })
  })

  it('gives later duplicate slugs -2, -3 (by path)', async () => {
    const dir = await writeTree({
      'a/same.md': good('A', 'https://e.x/a'),
      'b/same.md': good('B', 'https://e.x/b'),
      'c/Same!.md': good('C', 'https://e.x/c'),
    })
    const { result } = await load(dir)
    const slugs = Object.fromEntries(result.dataset.articles.map((a) => [a.file, a.slug]))
    expect(slugs).toEqual({ 'a/same.md': 'same', 'b/same.md': 'same-2', 'c/Same!.md': 'same-3' })
  })

  it('merges files that share a URL: the later publishedDateTime wins, whatever the order', async () => {
    const dir = await writeTree({
      'a-newer.md': good('Newer', 'https://e.x/story', '2024-02-01T00:00:00Z'),
      'b-older.md': good('Older', 'https://e.x/story', '2024-01-01T00:00:00Z'),
      'c-web-only.md': articleText({
        originalUrl: undefined,
        webUrl: '"https://e.x/story"',
        publishedDateTime: '2023-01-01',
      }),
    })
    const { result } = await load(dir)
    expect(result.dataset.articles.map((a) => a.title)).toEqual(['Newer'])
    expect(result.dataset.merges).toEqual([
      { url: 'https://e.x/story', kept: 'a-newer.md', dropped: ['b-older.md', 'c-web-only.md'] },
    ])
  })

  it('unifies topic spellings and lends logos across a domain, related stories included', async () => {
    const dir = await writeTree({
      '1.md': articleText({
        originalUrl: '"https://e.x/1"',
        topics: '\n  - Computer Vision\n  - Café',
      }),
      '2.md': articleText({ originalUrl: '"https://e.x/2"', topics: '\n  - computer vision' }),
      '3.md': articleText({
        originalUrl: '"https://e.x/3"',
        topics: '\n  - Computer Vision\n  - COMPUTER VISION',
      }),
      '4.md': articleText({
        originalUrl: '"https://e.x/4"',
        related:
          '\n  - title: R\n    webUrl: https://e.x/1\n    provider:\n      name: Example\n      domain: example.com\n      images:\n        - url: /logos/example.png',
      }),
    })
    const store = new ArticleStore({ dir, assetBaseUrl: 'https://cdn.example/' })
    await store.scan()
    const { dataset } = store.result()
    expect(dataset.topics.map((t) => [t.name, t.slug, t.count])).toEqual([
      ['Computer Vision', 'computer-vision', 3],
      ['AI', 'ai', 1],
      ['Café', 'cafe', 1],
    ])
    expect(dataset.providers).toEqual([
      expect.objectContaining({
        domain: 'example.com',
        logo: 'https://cdn.example/logos/example.png',
        count: 4,
      }),
    ])
    const withRelated = dataset.articles.find((a) => a.file === '4.md')!
    expect(withRelated.related[0]).toMatchObject({
      slug: '1',
      provider: { logo: 'https://cdn.example/logos/example.png' },
    })
  })

  it('re-parses only files whose content changed', async () => {
    const dir = await writeTree({
      'a.md': good('A', 'https://e.x/a'),
      'b.md': good('B', 'https://e.x/b'),
    })
    const { store } = await load(dir)
    expect(await store.update('a.md')).toBe(false)
    await writeFile(path.join(dir, 'a.md'), good('A2', 'https://e.x/a'))
    expect(await store.update('a.md')).toBe(true)
    await rm(path.join(dir, 'b.md'))
    expect(await store.update('b.md')).toBe(true)
    expect(store.result().dataset.articles.map((a) => a.title)).toEqual(['A2'])
  })

  it('an update rebuilds the same dataset as a fresh scan, reusing unchanged articles', async () => {
    const dir = await writeTree({
      'a.md': good('A', 'https://e.x/a'),
      'b.md': good('B', 'https://e.x/b'),
    })
    await cp(bundledArticles, path.join(dir, 'bundled'), { recursive: true })
    const { store } = await load(dir)
    const before = store.result().dataset
    const guardian =
      'bundled/2023-07-29-home-office-secretly-backs-facial-recognition-technology-to-curb-shoplifting.md'
    const text = await readFile(path.join(dir, guardian), 'utf8')
    await writeFile(path.join(dir, guardian), text.replace('title: "', 'title: "Edited: '))
    await store.update(guardian)
    const after = store.result().dataset
    expect(after).toEqual((await load(dir)).store.result().dataset)
    expect(after.articles.find((a) => a.file === guardian)!.title).toMatch(/^Edited: /)
    // Articles the edit does not touch are the very same objects.
    const untouched = after.articles.filter((a) => a.file !== guardian)
    expect(untouched.every((a) => before.articles.includes(a))).toBe(true)
  })

  it('edits that nothing else depends on are patched in; every result equals a fresh scan', async () => {
    const dir = await writeTree({
      'a.md': good('A', 'https://e.x/a'),
      'b.md': good('B', 'https://e.x/b', '2024-02-02T03:04:05Z'),
      // One URL in two files: the later date wins the merge.
      'c.md': good('C', 'https://e.x/c', '2022-01-01T00:00:00Z'),
      'c-again.md': good('C again', 'https://e.x/c', '2022-06-01T00:00:00Z'),
    })
    await cp(bundledArticles, path.join(dir, 'bundled'), { recursive: true })
    const guardian =
      'bundled/2023-07-29-home-office-secretly-backs-facial-recognition-technology-to-curb-shoplifting.md'
    const { store } = await load(dir)
    const fresh = async () => (await load(dir)).store.result()
    const edit = async (name: string, change: (text: string) => string) => {
      const file = path.join(dir, name)
      await writeFile(file, change(await readFile(file, 'utf8')))
      return store.update(name)
    }
    /** Runs the edits, then checks the result against a fresh scan; true when it was patched. */
    const check = async (...edits: [string, (text: string) => string][]) => {
      const before = store.result()
      for (const [name, change] of edits) await edit(name, change)
      const after = store.result()
      expect(after).toEqual(await fresh())
      // A patch keeps the corpus-wide lists; the full pass makes them anew.
      return after.dataset.topics === before.dataset.topics
    }

    // Patched: a title, a related story's title and date, twice in a row.
    expect(await check([guardian, (t) => t.replace('title: "', 'title: "Edited: ')])).toBe(true)
    expect(await check(['a.md', (t) => t.replace('title: "A"', 'title: "A, edited"')])).toBe(true)
    expect(
      await check([
        guardian,
        (t) =>
          t
            .replace('  - title: "Pocatello', '  - title: "Edited Pocatello')
            .replace(
              'publishedDateTime: 2023-07-28T19:37:00Z',
              'publishedDateTime: 2023-07-27T19:37:00Z',
            ),
      ]),
    ).toBe(true)
    // A bad AMP link is a warning; the whole pass runs, as another story may link to the AMP URL.
    expect(
      await check([
        guardian,
        (t) => t.replace('ampWebUrl: "https://amp.', 'ampWebUrl: "javascript:'),
      ]),
    ).toBe(false)
    expect(store.result().warnings.map((w) => w.field)).toContain('ampWebUrl')

    // Patched too: a new date moves the article, and renumbers those it passes: to the top,
    // to the bottom, back into the middle, onto another article's date (ties go by slug).
    const date = (to: string) => (t: string) =>
      t.replace(/^publishedDateTime: .*$/m, `publishedDateTime: ${to}`)
    expect(await check(['b.md', date('2023-02-02T03:04:05Z')])).toBe(true)
    expect(await check([guardian, date('2025-01-01T00:00:00Z')])).toBe(true)
    expect(await check([guardian, date('2001-01-01T00:00:00Z')])).toBe(true)
    expect(await check([guardian, date('2023-07-29T16:35:00Z')])).toBe(true)
    const others = store.result().dataset.articles.filter((a) => a.file !== 'a.md')
    for (const other of [others[0]!, others[2]!, others.at(-1)!]) {
      expect(await check(['a.md', date(other.date)])).toBe(true)
      const ids = store.result().dataset.articles.map((a) => a.id)
      expect(ids).toEqual(ids.map((_, i) => i))
    }
    // Not a merged URL's: the date picks the file that wins.
    expect(await check(['c-again.md', date('2021-01-01T00:00:00Z')])).toBe(false)
    expect(store.result().dataset.merges).toEqual([
      { url: 'https://e.x/c', kept: 'c.md', dropped: ['c-again.md'] },
    ])

    // The full pass: two files at once, a topic, a provider's name, a URL, a file that turns
    // invalid and back.
    expect(
      await check(
        ['a.md', (t) => t.replace('title: "A, edited"', 'title: "A"')],
        ['b.md', (t) => t.replace('title: "B"', 'title: "B2"')],
      ),
    ).toBe(false)
    expect(await check([guardian, (t) => t.replace('  - AI\n', '  - Robotics\n')])).toBe(false)
    expect(await check([guardian, (t) => t.replace('name: The Guardian', 'name: Guardian')])).toBe(
      false,
    )
    expect(await check(['a.md', (t) => t.replace('https://e.x/a', 'https://e.x/a2')])).toBe(false)
    expect(await check(['a.md', (t) => t.replace('title: "A"', 'title: [')])).toBe(false)
    expect(store.result().invalidFiles).toEqual(['a.md'])
    expect(await check(['a.md', (t) => t.replace('title: [', 'title: "A"')])).toBe(false)
    // And patching again after the full pass.
    expect(await check(['b.md', (t) => t.replace('title: "B2"', 'title: "B3"')])).toBe(true)
  })
})
