import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import type { ArticleDetail } from '../src/shared/data.ts'

/** Bytes of every file under `dir` whose name passes `keep`. */
function bytesUnder(dir: string, keep: (name: string) => boolean = () => true): number {
  let total = 0
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (e.isFile() && keep(e.name)) total += statSync(path.join(e.parentPath, e.name)).size
  }
  return total
}

export interface DataWeight {
  markdown: number
  data: number
  cards: number
  stories: number
  search: number
  /** facets.json and index.bin. */
  facets: number
  /** Of the story files: the related coverage lists. */
  storyRelated: number
  /** The topics' and sources' lists (`lists/`), where story pages find their neighbours. */
  lists: number
}

/**
 * What a build's data files weigh against the article files they come from, and what the story
 * files (the heaviest part) spend their bytes on.
 */
export function dataWeight(distDir: string, articlesDir: string): DataWeight {
  const dataRoot = path.join(distDir, 'data')
  const [version] = readdirSync(dataRoot)
  const dir = path.join(dataRoot, version!)
  const stories = path.join(dir, 'stories')
  let storyRelated = 0
  for (const f of readdirSync(stories)) {
    const file = JSON.parse(readFileSync(path.join(stories, f), 'utf8')) as Record<
      string,
      ArticleDetail
    >
    for (const d of Object.values(file)) storyRelated += JSON.stringify(d.related).length
  }
  return {
    markdown: bytesUnder(articlesDir, (n) => n.endsWith('.md')),
    data: bytesUnder(dir),
    cards: bytesUnder(path.join(dir, 'cards')),
    stories: bytesUnder(stories),
    search: bytesUnder(path.join(dir, 'search')),
    facets:
      statSync(path.join(dir, 'facets.json')).size + statSync(path.join(dir, 'index.bin')).size,
    storyRelated,
    lists: bytesUnder(path.join(dir, 'lists')),
  }
}
