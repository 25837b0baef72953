/** Cards per `cards/<n>.json` shard: one feed page, small enough that scattered results (a search) stay cheap. */
export const SHARD_SIZE = 24

/** File names inside the data folder, shared by the plugin that writes and the app that reads. */
export const dataPaths = {
  facets: 'facets.json',
  index: 'index.bin',
  /** The search index's manifest; its chunks and set buckets sit beside it. */
  searchIndex: 'search/index.json',
  searchChunk: (n: number) => `search/${n}.json`,
  searchSetBucket: (n: number) => `search/s${n}.json`,
  shard: (n: number) => `cards/${n}.json`,
  article: (slug: string) => `articles/${slug}.json`,
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
