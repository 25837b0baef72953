import type { ArticleDetail, Card, CardLite, ListPlace } from './data.ts'
import { SHARD_SIZE } from './data-paths.ts'

/*
 * A story page's "More on …", "More from …" and older/newer links, without copying the
 * neighbours into every story file. Each topic and each source has its newest-first list of
 * stories, cut into `lists/<key>-<n>.json.gz` files of LIST_SIZE rows; a story's detail says
 * where it sits in its lists, and its neighbours are the rows around that place. Older and
 * newer are the cards beside it in the feed's own order (the card shards).
 */

/** Rows per list file: the neighbours of a story mostly sit in one file, rarely two. */
export const LIST_SIZE = 32

/** Stories in "More on …" and in "More from …". */
export const NEIGHBOURS = 4

export const topicListKey = (topicId: number) => `t${topicId}`
export const providerListKey = (providerId: number) => `p${providerId}`

/**
 * The positions of the `count` stories nearest to `at` in a list of `length` (not `at` itself),
 * taken alternately older then newer, in list order (newest first).
 */
export function neighbourPositions(at: number, length: number, count = NEIGHBOURS): number[] {
  const out: number[] = []
  let newer = at - 1
  let older = at + 1
  while (out.length < count && (newer >= 0 || older < length)) {
    if (older < length) out.push(older++)
    if (out.length < count && newer >= 0) out.push(newer--)
  }
  return out.sort((x, y) => x - y)
}

/** A card cut to a list row: what a link to its story shows. */
export const toLite = ({ id, slug, title, date, provider }: Card): CardLite => ({
  id,
  slug,
  title,
  date,
  provider,
})

/** The list file (its number) that holds a position. */
export const listFile = (position: number) => Math.floor(position / LIST_SIZE)

/** A list file the story page reads: `lists/<key>-<n>.json.gz`. */
export interface ListFileRef {
  key: string
  n: number
}

/** Which list files and card shards a story page reads for its neighbours. */
export function sidebarFiles(
  detail: Pick<ArticleDetail, 'id' | 'moreOnTopic' | 'moreFromProvider'>,
  articleCount: number,
): { lists: ListFileRef[]; shards: number[] } {
  const lists: ListFileRef[] = []
  const places = [detail.moreOnTopic?.list, detail.moreFromProvider]
  for (const place of places) {
    if (!place) continue
    for (const n of new Set(neighbourPositions(place.at, place.length).map(listFile))) {
      lists.push({ key: place.key, n })
    }
  }
  const shards = new Set(
    [detail.id - 1, detail.id + 1]
      .filter((id) => id >= 0 && id < articleCount)
      .map((id) => Math.floor(id / SHARD_SIZE)),
  )
  return { lists, shards: [...shards] }
}

/**
 * The rows of a story's neighbours in one of its lists: undefined while a file they sit in is
 * not loaded; a row its file lacks (a file that failed, given as `[]`) is left out.
 */
export function rowsAt(
  place: ListPlace,
  files: (ref: ListFileRef) => CardLite[] | undefined,
): CardLite[] | undefined {
  const rows: CardLite[] = []
  for (const position of neighbourPositions(place.at, place.length)) {
    const file = files({ key: place.key, n: listFile(position) })
    if (file === undefined) return undefined
    const row = file[position % LIST_SIZE]
    if (row) rows.push(row)
  }
  return rows
}

/**
 * The story with a card id, from the loaded shards: undefined while its shard is not loaded,
 * `null` when there is no such story (before the newest, after the oldest, or a shard that
 * failed, given as `[]`).
 */
export function cardAt(
  id: number,
  articleCount: number,
  shard: (n: number) => Card[] | undefined,
): CardLite | null | undefined {
  if (id < 0 || id >= articleCount) return null
  const file = shard(Math.floor(id / SHARD_SIZE))
  if (file === undefined) return undefined
  const card = file[id % SHARD_SIZE]
  return card ? toLite(card) : null
}
