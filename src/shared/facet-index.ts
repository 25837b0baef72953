/*
 * `index.bin`: the per-article facet data of the whole corpus as typed-array columns, in the
 * newest-first order of the cards (row i = card id i). It is what filtering, facet counting and
 * sorting run on in the browser: a few bytes per article, no parsing, views straight onto the
 * fetched ArrayBuffer. Little-endian, like every platform the app runs on.
 */

const MAGIC = 0x58495342 // "BSIX"
const VERSION = 2
const HEADER_BYTES = 16
/** Stored for a missing quality or heat. */
export const NO_VALUE = -32768

export interface FacetRow {
  date: string
  provider: number
  topics: number[]
  quality?: number
  heat?: number
  published: boolean
  hasImage: boolean
  /** Its story cluster: the id of the cluster's newest article (its own id when alone). */
  cluster?: number
}

export interface FacetIndex {
  count: number
  /** Publication time, minutes since the Unix epoch. */
  minutes: Int32Array
  /** Story cluster of row i: the row of the cluster's newest article (clusters.ts). */
  cluster: Uint32Array
  /** Topics of row i are `topicIds[topicStart[i] .. topicStart[i + 1])`. */
  topicStart: Uint32Array
  topicIds: Uint16Array
  provider: Uint16Array
  quality: Int16Array
  heat: Int16Array
  /** Bit 0: published; bit 1: has a lead image. */
  flags: Uint8Array
}

export const FLAG_PUBLISHED = 1
export const FLAG_IMAGE = 2

function layout(count: number, topicRefs: number) {
  let at = HEADER_BYTES
  const take = (bytes: number) => {
    const start = at
    at += bytes
    return start
  }
  // Widest columns first so every view starts at a multiple of its element size.
  const offsets = {
    minutes: take(count * 4),
    cluster: take(count * 4),
    topicStart: take((count + 1) * 4),
    provider: take(count * 2),
    quality: take(count * 2),
    heat: take(count * 2),
    topicIds: take(topicRefs * 2),
    flags: take(count),
  }
  return { offsets, bytes: at }
}

const clamp16 = (n: number | undefined) =>
  n === undefined ? NO_VALUE : Math.max(-32767, Math.min(32767, Math.round(n)))

export function encodeFacetIndex(rows: FacetRow[]): Uint8Array {
  const topicRefs = rows.reduce((sum, r) => sum + r.topics.length, 0)
  const { offsets, bytes } = layout(rows.length, topicRefs)
  const buffer = new ArrayBuffer(bytes)
  new Uint32Array(buffer, 0, 4).set([MAGIC, VERSION, rows.length, topicRefs])
  const index = views(buffer, rows.length, topicRefs, offsets)
  let t = 0
  rows.forEach((r, i) => {
    index.minutes[i] = Math.floor(Date.parse(r.date) / 60_000)
    index.cluster[i] = r.cluster ?? i
    index.provider[i] = r.provider
    index.quality[i] = clamp16(r.quality)
    index.heat[i] = clamp16(r.heat)
    index.flags[i] = (r.published ? FLAG_PUBLISHED : 0) | (r.hasImage ? FLAG_IMAGE : 0)
    index.topicStart[i] = t
    for (const id of r.topics) index.topicIds[t++] = id
  })
  index.topicStart[rows.length] = t
  return new Uint8Array(buffer)
}

export function decodeFacetIndex(buffer: ArrayBuffer): FacetIndex {
  if (buffer.byteLength < HEADER_BYTES) throw new Error('index.bin is truncated')
  const [magic, version, count = 0, topicRefs = 0] = new Uint32Array(buffer, 0, 4)
  if (magic !== MAGIC || version !== VERSION) {
    throw new Error(`index.bin has an unknown format (version ${version})`)
  }
  const { offsets, bytes } = layout(count, topicRefs)
  if (buffer.byteLength < bytes) throw new Error('index.bin is truncated')
  return views(buffer, count, topicRefs, offsets)
}

function views(
  buffer: ArrayBuffer,
  count: number,
  topicRefs: number,
  o: ReturnType<typeof layout>['offsets'],
): FacetIndex {
  return {
    count,
    minutes: new Int32Array(buffer, o.minutes, count),
    cluster: new Uint32Array(buffer, o.cluster, count),
    topicStart: new Uint32Array(buffer, o.topicStart, count + 1),
    provider: new Uint16Array(buffer, o.provider, count),
    quality: new Int16Array(buffer, o.quality, count),
    heat: new Int16Array(buffer, o.heat, count),
    topicIds: new Uint16Array(buffer, o.topicIds, topicRefs),
    flags: new Uint8Array(buffer, o.flags, count),
  }
}
