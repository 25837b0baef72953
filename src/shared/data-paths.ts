import type { ArticleDetail } from './data.ts'
import { fnv1a, mix32 } from './hash.ts'

/** Cards per `cards/<n>.json` shard: one feed page, small enough that scattered results (a search) stay cheap. */
export const SHARD_SIZE = 24

/**
 * Beside the versioned folders (`data/current.json`): the version a build wrote, so that a tab
 * of an older deploy can tell that a newer one is out (lib/new-deploy.ts).
 */
export const CURRENT_DATA_FILE = 'current.json'

/** File names inside the data folder, shared by the plugin that writes and the app that reads. */
export const dataPaths = {
  facets: 'facets.json',
  index: 'index.bin',
  /** The search index's manifest; its chunks and set buckets sit beside it. */
  searchIndex: 'search/index.json',
  searchChunk: (n: number) => `search/${n}.json`,
  searchSetBucket: (n: number) => `search/s${n}.json`,
  shard: (n: number) => `cards/${n}.json`,
  /** The `n`th LIST_SIZE stories of a topic's (`t<id>`) or a source's (`p<id>`) list (gzip). */
  list: (key: string, n: number) => `lists/${key}-${n}.json.gz`,
  /**
   * A file of story details (`{ [slug]: ArticleDetail }`, gzip); see `storyFile` for which one.
   */
  stories: (n: number) => `stories/${n}.json.gz`,
}

/**
 * The files that are written gzip-compressed (`.json.gz`): the story files and the lists, most
 * of the data's bytes, read a few at a time by the story page. The browser inflates them itself
 * (`DecompressionStream`), so any static host serves them as they are.
 */
export const isCompressed = (path: string) => path.endsWith('.json.gz')

/**
 * Story details per `stories/<n>.json.gz` file, on average. Tens of thousands of tiny files cost a
 * build (and a deploy) far more than their bytes; a file of eight is still only a few kilobytes
 * compressed for the story page that fetches it.
 */
export const STORIES_PER_FILE = 8

/** How many story files a corpus of `articleCount` articles is spread over. */
export const storyFileCount = (articleCount: number) =>
  Math.max(1, Math.ceil(articleCount / STORIES_PER_FILE))

/** The story file that holds a slug's details: a hash of the slug, so any URL finds it. */
export const storyFile = (slug: string, fileCount: number) => mix32(fnv1a(slug)) % fileCount

/**
 * The number of a numbered data file (`cards/3.json` → 3): `digits` as written in the path,
 * undefined unless it is a plain number (no `03`) below `count`.
 */
export function fileNumber(digits: string | undefined, count: number): number | undefined {
  const n = Number(digits)
  return String(n) === digits && n < count ? n : undefined
}

/**
 * True when a data file is not there: a 404, or a static host's SPA fallback answering the
 * missing file with index.html.
 */
export function isMissingDataFile(res: Response): boolean {
  return (
    res.status === 404 || (res.ok && (res.headers.get('content-type') ?? '').includes('text/html'))
  )
}

/** A slug's details in its story file; own keys only, so `constructor` finds no prototype's. */
export const storyIn = (file: Record<string, ArticleDetail>, slug: string) =>
  Object.hasOwn(file, slug) ? file[slug] : undefined
