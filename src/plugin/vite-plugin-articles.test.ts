import { readdir, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { build } from 'vite'
import { afterEach, describe, expect, it } from 'vitest'
import type { Facets } from '../shared/data.ts'
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
    const [version] = await readdir(path.join(outDir, 'data'))
    expect(version).toMatch(/^[0-9a-f]{12}$/)
    const data = path.join(outDir, 'data', version!)
    const facets = JSON.parse(await readFile(path.join(data, 'facets.json'), 'utf8')) as Facets
    expect(facets.articleCount).toBe(2)
    expect((await readdir(path.join(data, 'articles'))).sort()).toEqual([
      'good-one.json',
      'good-two.json',
    ])
    const js = (await readdir(path.join(outDir, 'assets'))).filter((f) => f.endsWith('.js'))
    const bundle = (
      await Promise.all(js.map((f) => readFile(path.join(outDir, 'assets', f), 'utf8')))
    ).join('')
    expect(bundle).toContain(version)
  }, 30_000)
})
