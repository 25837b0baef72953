import type { Personal } from '../shared/feed-personal.ts'
import {
  completeRead,
  completeSaved,
  markRead,
  markSeen,
  setMuted,
  toggleRead,
  toggleSaved,
  type MuteKind,
  type StoryRef,
} from '../shared/reader-actions.ts'
import type { ReaderState } from '../shared/reader-state.ts'
import { ReaderStorage, type StorageProblem } from './reader-storage.ts'

/*
 * The app's one store of reader state (localStorage, shared by the open tabs), and the
 * problems it ran into, which the page tells the reader once (components/reader-notice.tsx).
 */

type Listener = () => void
let problems: readonly StorageProblem[] = []
const problemListeners = new Set<Listener>()

export const readerProblems = {
  get: () => problems,
  subscribe(listener: Listener) {
    problemListeners.add(listener)
    return () => problemListeners.delete(listener)
  },
  dismiss(problem: StorageProblem) {
    problems = problems.filter((p) => p !== problem)
    for (const listener of problemListeners) listener()
  },
}

export const reader = new ReaderStorage({
  storage: () => window.localStorage,
  onProblem(problem) {
    problems = [...problems, problem]
    for (const listener of problemListeners) listener()
  },
})
reader.connect(window)

export type Preferences = ReaderState['preferences']

/** Sets one display preference. */
export function setPreference<K extends keyof Preferences>(key: K, value: Preferences[K]) {
  reader.update((state) => ({ ...state, preferences: { ...state.preferences, [key]: value } }))
}

const now = () => new Date().toISOString()

/** The reader's changes to their state (shared/reader-actions.ts), timed now. */
export const readerActions = {
  toggleRead: (story: StoryRef) => reader.update((s) => toggleRead(s, story, now())),
  markRead: (stories: readonly StoryRef[]) => reader.update((s) => markRead(s, stories, now())),
  toggleSaved: (story: StoryRef) => reader.update((s) => toggleSaved(s, story, now())),
  completeSaved: (story: StoryRef) => reader.update((s) => completeSaved(s, story)),
  completeRead: (stories: readonly StoryRef[]) => reader.update((s) => completeRead(s, stories)),
  setMuted: (kind: MuteKind, key: string, muted: boolean) =>
    reader.update((s) => setMuted(s, kind, key, muted)),
  /** Replaces the saved stories with what `change` makes of the current ones. */
  replaceSaved: (change: (saved: ReaderState['saved']) => ReaderState['saved']) =>
    reader.update((s) => {
      const saved = change(s.saved)
      return saved === s.saved ? s : { ...s, saved }
    }),
  markSeen: (newest: string) => reader.update((s) => markSeen(s, newest)),
}

const VISIT_KEY = 'broadsheet:seen-before-visit'

/**
 * The newest story's date the reader had seen before this visit: the stories after it are "new
 * since your last visit" for as long as the page stays open. A reload is the same visit, so it
 * keeps the count (session storage); any other arrival (a link, the address bar, the next
 * morning in a restored tab) starts a new one.
 */
export const seenBeforeThisVisit: string | undefined = (() => {
  const seen = reader.get().seenNewest
  try {
    const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[]
    const kept = navigation?.type === 'reload' ? sessionStorage.getItem(VISIT_KEY) : null
    if (kept !== null) return kept === '' ? undefined : kept
    sessionStorage.setItem(VISIT_KEY, seen ?? '')
  } catch {
    // Blocked session storage: this load is the visit.
  }
  return seen
})()

/**
 * What the feed takes from the reader's state, as it is now. The feed reads it when it is
 * navigated to (its loader and its view alike), so that a story marked read does not vanish
 * from under the reader's eyes with "Hide read" on; muting navigates again (in place).
 */
export function feedPersonal(): Personal {
  const { muted, read } = reader.get()
  return { muted, read }
}
