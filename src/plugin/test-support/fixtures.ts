import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const here = path.dirname(fileURLToPath(import.meta.url))
export const projectRoot = path.resolve(here, '../../..')
export const bundledArticles = path.join(projectRoot, 'articles')
export const seedsDir = path.resolve(projectRoot, '../shared/seeds')
/** The real-digest corpus beside the project; absent in a user's clone. */
export const corpusDir = path.resolve(projectRoot, '../shared/corpus/everyday-cc')
export const hasCorpus = existsSync(corpusDir)
export const hasSeeds = existsSync(seedsDir)
export const NO_CORPUS_REASON = `skipped: the real corpus is not at ${corpusDir} (it only exists beside the development checkout)`

/** Writes `files` (relative path → content) into a fresh temporary folder and returns its path. */
export async function writeTree(files: Record<string, string | Buffer>): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'broadsheet-'))
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(dir, name)
    await mkdir(path.dirname(file), { recursive: true })
    await writeFile(file, content)
  }
  return dir
}

export const readText = (file: string) => readFile(file, 'utf8')

/** A valid article file; `fields` override or (with `undefined`) remove frontmatter lines. */
export function articleText(fields: Record<string, string | undefined> = {}): string {
  const base: Record<string, string | undefined> = {
    title: '"A story"',
    excerpt: '"What happened."',
    publishedDateTime: '2024-01-02T03:04:05Z',
    originalUrl: '"https://example.com/story"',
    provider: '\n  name: Example News\n  domain: example.com',
    topics: '\n  - AI',
    ...fields,
  }
  const lines = Object.entries(base)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}:${v!.startsWith('\n') ? '' : ' '}${v}`)
  return `---\n${lines.join('\n')}\n---\n`
}
