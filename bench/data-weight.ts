import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'

/** A folder's files: their bytes on disk, and inflated (a `.gz` file's content). */
function weigh(dir: string): { disk: number; inflated: number } {
  let disk = 0
  let inflated = 0
  if (!existsSync(dir)) return { disk, inflated }
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue
    const file = path.join(e.parentPath, e.name)
    const size = statSync(file).size
    disk += size
    inflated += e.name.endsWith('.gz') ? gunzipSync(readFileSync(file)).length : size
  }
  return { disk, inflated }
}

export interface DataWeight {
  markdown: number
  data: number
  cards: number
  /** The story files on disk (gzip), and their JSON inflated. */
  stories: number
  storiesInflated: number
  /** The topics' and sources' lists (`lists/`, gzip), where story pages find their neighbours. */
  lists: number
  listsInflated: number
  search: number
  /** facets.json and index.bin. */
  facets: number
}

/** What a build's data files weigh against the article files they come from. */
export function dataWeight(distDir: string, articlesDir: string): DataWeight {
  const dataRoot = path.join(distDir, 'data')
  const [version] = readdirSync(dataRoot)
  const dir = path.join(dataRoot, version!)
  let markdown = 0
  for (const e of readdirSync(articlesDir, { recursive: true, withFileTypes: true })) {
    if (e.isFile() && e.name.endsWith('.md'))
      markdown += statSync(path.join(e.parentPath, e.name)).size
  }
  const stories = weigh(path.join(dir, 'stories'))
  const lists = weigh(path.join(dir, 'lists'))
  return {
    markdown,
    data: weigh(dir).disk,
    cards: weigh(path.join(dir, 'cards')).disk,
    stories: stories.disk,
    storiesInflated: stories.inflated,
    lists: lists.disk,
    listsInflated: lists.inflated,
    search: weigh(path.join(dir, 'search')).disk,
    facets:
      statSync(path.join(dir, 'facets.json')).size + statSync(path.join(dir, 'index.bin')).size,
  }
}
