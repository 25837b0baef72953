import * as z from 'zod/mini'

/*
 * What Broadsheet remembers about its reader, in the browser only: read stories, saved stories,
 * mutes, the last visit and display settings. This module is the format, with no storage
 * behind it: decoding whatever a browser holds (nothing, garbage, an older or a newer version)
 * and encoding the current version. `lib/reader-storage.ts` keeps it in localStorage.
 */

/** The format written today. Raise it with a migration from the version before. */
export const READER_STATE_VERSION = 2

const savedStory = z.object({
  slug: z.string(),
  title: z.string(),
  /** The original article's link, for export; unknown when saved from a card. */
  url: z.optional(z.string()),
  source: z.string(),
  date: z.string(),
  savedAt: z.string(),
})
export type SavedStory = z.infer<typeof savedStory>

const preferences = z.object({
  view: z.enum(['cards', 'list']),
  theme: z.enum(['system', 'light', 'dark']),
  textSize: z.enum(['small', 'normal', 'large']),
})

const readStory = z.object({
  /** When it was read (ISO). */
  at: z.string(),
  /**
   * The story's date (ISO) and source domain: with them "Hide read" finds the story in the
   * facet index, whose rows have no slugs. Absent for stories read before version 2.
   */
  date: z.optional(z.string()),
  source: z.optional(z.string()),
})
export type ReadStory = z.infer<typeof readStory>

/** Each field on its own, so that one damaged field does not take the others with it. */
const fields = {
  /** Slug → when it was read, and where it sits. */
  read: z.record(z.string(), readStory),
  saved: z.array(savedStory),
  /** Topic slugs and source domains the reader does not want in the feed. */
  muted: z.object({ topics: z.array(z.string()), sources: z.array(z.string()) }),
  /**
   * The date (ISO) of the newest story the reader had been shown, for "new since your last
   * visit": the collection's own time, not the wall clock (a digest's stories may be years old).
   */
  seenNewest: z.optional(z.string()),
  preferences,
}
const readerState = z.object({ version: z.literal(READER_STATE_VERSION), ...fields })
export type ReaderState = z.infer<typeof readerState>

export const emptyReaderState = (): ReaderState => ({
  version: READER_STATE_VERSION,
  read: {},
  saved: [],
  muted: { topics: [], sources: [] },
  preferences: { view: 'cards', theme: 'system', textSize: 'normal' },
})

/** Steps from each older version to the next: `migrations[n]` turns version `n` into `n + 1`. */
export type Migrations = Record<number, (old: Record<string, unknown>) => Record<string, unknown>>
export const migrations: Migrations = {
  // Version 1 kept slug → read time, and the wall-clock time of the last visit.
  1: ({ lastVisit: _dropped, ...old }) => ({
    ...old,
    // An entry that is not a time is dropped alone, not with the others.
    read: Object.fromEntries(
      Object.entries(isRecord(old.read) ? old.read : {})
        .filter(([, at]) => typeof at === 'string')
        .map(([slug, at]) => [slug, { at }]),
    ),
  }),
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * Why stored state could not be used as it was: `damaged`, not JSON or not this format (what
 * could be read is kept); `newer`, written by a later Broadsheet (read what matches, never
 * written over).
 */
export type StateProblem = 'damaged' | 'newer'

export interface Decoded {
  state: ReaderState
  problem?: StateProblem
}

/** Reads what a browser holds (`null` for nothing yet). Never throws. */
export function decodeReaderState(raw: string | null, steps: Migrations = migrations): Decoded {
  if (raw === null) return { state: emptyReaderState() }
  let data: unknown
  try {
    data = JSON.parse(raw)
  } catch {
    return { state: emptyReaderState(), problem: 'damaged' }
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { state: emptyReaderState(), problem: 'damaged' }
  }
  let record = data as Record<string, unknown>
  let version = typeof record.version === 'number' ? record.version : NaN
  if (version > READER_STATE_VERSION) return { ...salvage(record), problem: 'newer' }
  while (version < READER_STATE_VERSION) {
    const step = steps[version]
    if (!step) return { ...salvage(record), problem: 'damaged' }
    try {
      record = step(record)
    } catch {
      return { ...salvage(record), problem: 'damaged' }
    }
    version++
  }
  const parsed = readerState.safeParse({ ...record, version })
  return parsed.success ? { state: parsed.data } : { ...salvage(record), problem: 'damaged' }
}

/**
 * The fields that match this version's format, and the empty state's for the rest; of the read
 * stories and the saved ones, every entry that matches (one damaged entry loses only itself).
 */
function salvage(record: Record<string, unknown>): { state: ReaderState } {
  const state = emptyReaderState() as Record<string, unknown>
  for (const [name, schema] of Object.entries(fields)) {
    const parsed = schema.safeParse(record[name])
    if (parsed.success && parsed.data !== undefined) state[name] = parsed.data
  }
  const { read, saved } = record
  if (isRecord(read) && !fields.read.safeParse(read).success) {
    state.read = Object.fromEntries(
      Object.entries(read).filter(([, entry]) => readStory.safeParse(entry).success),
    )
  }
  if (Array.isArray(saved) && !fields.saved.safeParse(saved).success) {
    state.saved = saved.filter((entry) => savedStory.safeParse(entry).success)
  }
  return { state: state as ReaderState }
}

export const encodeReaderState = (state: ReaderState): string => JSON.stringify(state)
