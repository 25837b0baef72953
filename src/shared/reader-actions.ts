import type { ArticleDetail } from './data.ts'
import type { ReaderState, SavedStory } from './reader-state.ts'
import { httpUrl } from './url.ts'

/*
 * The changes a reader makes to their state, as pure functions from one state to the next
 * (`lib/reader.ts` applies them to the stored state). Each returns the same object when nothing
 * changes, so nothing is written or drawn again for nothing.
 */

/** What the feed and the story page know of a story, enough to remember and export it. */
export interface StoryRef {
  slug: string
  title: string
  /** ISO date of the story. */
  date: string
  /** The source's domain. */
  source: string
  /** The original article's link, when known (the story page knows it, a card does not). */
  url?: string
}

/** A feed card as a StoryRef (`source` is its provider's domain). */
export const cardRef = (
  card: { slug: string; title: string; date: string },
  source: string,
): StoryRef => ({ slug: card.slug, title: card.title, date: card.date, source })

/** A story page's story as a StoryRef: it knows the original link (when it is http(s)). */
export const articleRef = (article: ArticleDetail): StoryRef => ({
  slug: article.slug,
  title: article.title,
  date: article.date,
  source: article.provider.domain,
  ...(httpUrl(article.url) && { url: article.url }),
})

export const isRead = (state: ReaderState, slug: string) => slug in state.read

/** Marks stories read at `at` (ISO); ones read before keep their first time. */
export function markRead(state: ReaderState, stories: readonly StoryRef[], at: string) {
  const fresh = stories.filter((s) => !(s.slug in state.read))
  if (fresh.length === 0) return state
  const read = { ...state.read }
  for (const s of fresh) read[s.slug] = { at, date: s.date, source: s.source }
  return { ...state, read }
}

/**
 * Fills in the date and source of read stories that lack them (read before format version 2),
 * from a later sight of them in the feed: "Hide read" can then find them.
 */
export function completeRead(state: ReaderState, stories: readonly StoryRef[]) {
  const missing = stories.filter(
    (s) => state.read[s.slug] && state.read[s.slug]!.date === undefined,
  )
  if (missing.length === 0) return state
  const read = { ...state.read }
  for (const s of missing) read[s.slug] = { ...read[s.slug]!, date: s.date, source: s.source }
  return { ...state, read }
}

export function markUnread(state: ReaderState, slug: string) {
  if (!(slug in state.read)) return state
  const { [slug]: _gone, ...read } = state.read
  return { ...state, read }
}

export const toggleRead = (state: ReaderState, story: StoryRef, at: string) =>
  isRead(state, story.slug) ? markUnread(state, story.slug) : markRead(state, [story], at)

export const isSaved = (state: ReaderState, slug: string) =>
  state.saved.some((s) => s.slug === slug)

/** Saves a story (newest saved first), or unsaves it when it was saved. */
export function toggleSaved(state: ReaderState, story: StoryRef, at: string): ReaderState {
  if (isSaved(state, story.slug)) {
    return { ...state, saved: state.saved.filter((s) => s.slug !== story.slug) }
  }
  const saved: SavedStory = {
    slug: story.slug,
    title: story.title,
    source: story.source,
    date: story.date,
    savedAt: at,
    ...(story.url && { url: story.url }),
  }
  return { ...state, saved: [saved, ...state.saved] }
}

/** Fills in what a later sight of a saved story knows (its original link from the story page). */
export function completeSaved(state: ReaderState, story: StoryRef): ReaderState {
  const i = state.saved.findIndex((s) => s.slug === story.slug)
  if (i < 0 || !story.url || state.saved[i]!.url === story.url) return state
  const saved = state.saved.slice()
  saved[i] = { ...saved[i]!, url: story.url }
  return { ...state, saved }
}

export type MuteKind = 'topics' | 'sources'

/** Mutes a topic (by slug) or a source (by domain), or unmutes it. */
export function setMuted(state: ReaderState, kind: MuteKind, key: string, muted: boolean) {
  const list = state.muted[kind]
  if (list.includes(key) === muted) return state
  const next = muted ? [...list, key] : list.filter((k) => k !== key)
  return { ...state, muted: { ...state.muted, [kind]: next } }
}

/** Records the newest story the reader has been shown (never moves back). */
export function markSeen(state: ReaderState, newest: string) {
  if (state.seenNewest !== undefined && state.seenNewest >= newest) return state
  return { ...state, seenNewest: newest }
}
