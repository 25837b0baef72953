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
