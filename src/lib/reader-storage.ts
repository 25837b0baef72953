import {
  decodeReaderState,
  encodeReaderState,
  type ReaderState,
  type StateProblem,
} from '../shared/reader-state.ts'

/*
 * The reader's state kept in localStorage, shared by every open tab (the `storage` event), and
 * usable whatever the browser does: storage blocked (private modes, a `localStorage` that
 * throws), full, holding garbage or a newer Broadsheet's format. The reader keeps working on the
 * state in memory, and is told once per kind of problem. Nothing saved before is written over
 * unless it was read: damaged data is copied aside first, a newer format is never written.
 */

export const STORAGE_KEY = 'broadsheet:reader'
/** Where damaged data is copied before the first write over it. */
export const DAMAGED_KEY = 'broadsheet:reader:damaged'

/** What can go wrong, as the reader is told it. */
export type StorageProblem =
  | StateProblem
  /** No storage at all: changes last until the tab closes. */
  | 'blocked'
  /** A write failed (quota): the latest changes last until the tab closes. */
  | 'unsaved'

export const problemMessages: Record<StorageProblem, string> = {
  blocked:
    'This browser does not let Broadsheet keep your reading state; it will be forgotten when the tab closes.',
  unsaved:
    'Your latest reading state could not be saved (the browser’s storage is full); it will be forgotten when the tab closes.',
  damaged:
    'Part of your saved reading state could not be read and was set aside; the rest is as you left it.',
  newer:
    'Your reading state was saved by a newer Broadsheet; this one shows what it can and will not change it.',
}

/** What is used of `window.localStorage`. */
interface StorageLike {
  getItem(key: string): string | null
  setItem(key: string, value: string): void
}

/** What is used of `window` and its `storage` event. */
interface StorageEvents {
  addEventListener(type: 'storage', listener: (event: StorageChange) => void): void
  removeEventListener(type: 'storage', listener: (event: StorageChange) => void): void
}
interface StorageChange {
  key: string | null
  newValue: string | null
}

export interface ReaderStorageOptions {
  /** The storage to use; may throw (as `window.localStorage` does when blocked). */
  storage: () => StorageLike
  /** Told once per kind of problem. */
  onProblem?: (problem: StorageProblem) => void
}

/**
 * One store per app: `get` and `subscribe` fit `useSyncExternalStore`; `update` changes the state
 * and saves it; `receive` takes another tab's write (from the `storage` event).
 */
export class ReaderStorage {
  private state: ReaderState
  private storage: StorageLike | undefined
  /** Set when the stored data must not be written over (a newer format). */
  private readOnly = false
  private damagedRaw: string | undefined
  private readonly told = new Set<StorageProblem>()
  private readonly listeners = new Set<() => void>()
  private readonly onProblem: (problem: StorageProblem) => void

  constructor({ storage, onProblem = () => {} }: ReaderStorageOptions) {
    this.onProblem = onProblem
    let raw: string | null = null
    try {
      this.storage = storage()
      raw = this.storage.getItem(STORAGE_KEY)
    } catch {
      this.storage = undefined
    }
    const decoded = decodeReaderState(raw)
    this.state = decoded.state
    if (this.storage === undefined) this.tell('blocked')
    if (decoded.problem) this.noteProblem(decoded.problem, raw)
  }

  get = (): ReaderState => this.state

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  update(change: (state: ReaderState) => ReaderState): void {
    const next = change(this.state)
    // The actions return the same state when nothing changes: nothing to draw or write then.
    if (next === this.state) return
    this.state = next
    this.emit()
    this.save()
  }

  /** Another tab wrote the state (`StorageEvent.newValue` for STORAGE_KEY). */
  receive(raw: string | null): void {
    const decoded = decodeReaderState(raw)
    if (decoded.problem) this.noteProblem(decoded.problem, raw)
    else this.readOnly = false
    this.state = decoded.state
    this.emit()
  }

  /** Listens for other tabs' writes; returns the function that stops. */
  connect(target: StorageEvents): () => void {
    const onStorage = (event: StorageChange) => {
      if (event.key === STORAGE_KEY) this.receive(event.newValue)
    }
    target.addEventListener('storage', onStorage)
    return () => target.removeEventListener('storage', onStorage)
  }

  private save() {
    if (this.storage === undefined || this.readOnly) return
    try {
      if (this.damagedRaw !== undefined) {
        this.storage.setItem(DAMAGED_KEY, this.damagedRaw)
        this.damagedRaw = undefined
      }
      this.storage.setItem(STORAGE_KEY, encodeReaderState(this.state))
    } catch {
      this.tell('unsaved')
    }
  }

  private noteProblem(problem: StateProblem, raw: string | null) {
    if (problem === 'newer') this.readOnly = true
    else if (raw !== null) this.damagedRaw = raw
    this.tell(problem)
  }

  private tell(problem: StorageProblem) {
    if (this.told.has(problem)) return
    this.told.add(problem)
    this.onProblem(problem)
  }

  private emit() {
    for (const listener of this.listeners) listener()
  }
}
