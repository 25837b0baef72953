import { describe, expect, it, vi } from 'vitest'
import {
  emptyReaderState,
  encodeReaderState,
  READER_STATE_VERSION,
} from '../shared/reader-state.ts'
import { DAMAGED_KEY, ReaderStorage, STORAGE_KEY, type StorageProblem } from './reader-storage.ts'

/** A Storage that keeps items in a map and can be made to fail. */
function fakeStorage(items: Record<string, string> = {}) {
  const map = new Map(Object.entries(items))
  return {
    map,
    full: false,
    getItem: (key: string) => map.get(key) ?? null,
    setItem(key: string, value: string) {
      if (this.full) throw new DOMException('quota', 'QuotaExceededError')
      map.set(key, value)
    },
  }
}

const markRead = (slug: string) => (s: ReturnType<typeof emptyReaderState>) => ({
  ...s,
  read: { ...s.read, [slug]: { at: '2024-01-01T00:00:00.000Z' } },
})

function open(storage: () => ReturnType<typeof fakeStorage>) {
  const problems: StorageProblem[] = []
  const store = new ReaderStorage({ storage, onProblem: (p) => problems.push(p) })
  return { store, problems }
}

describe('ReaderStorage', () => {
  it('saves every change and reads it back in a new session', () => {
    const storage = fakeStorage()
    const { store, problems } = open(() => storage)
    const listener = vi.fn()
    store.subscribe(listener)
    store.update(markRead('a'))
    expect(listener).toHaveBeenCalledTimes(1)
    expect(open(() => storage).store.get().read).toEqual({ a: { at: '2024-01-01T00:00:00.000Z' } })
    expect(problems).toEqual([])
  })

  it('works in memory when storage is blocked, and says so once', () => {
    const { store, problems } = open(() => {
      throw new DOMException('denied', 'SecurityError')
    })
    store.update(markRead('a'))
    store.update(markRead('b'))
    expect(Object.keys(store.get().read)).toEqual(['a', 'b'])
    expect(problems).toEqual(['blocked'])
  })

  it('keeps changes in memory when the quota is full, says so once, and saves again later', () => {
    const storage = fakeStorage()
    const { store, problems } = open(() => storage)
    store.update(markRead('a'))
    storage.full = true
    store.update(markRead('b'))
    store.update(markRead('c'))
    expect(Object.keys(store.get().read)).toEqual(['a', 'b', 'c'])
    expect(problems).toEqual(['unsaved'])
    // What was saved before the quota filled is still there.
    expect(Object.keys(JSON.parse(storage.map.get(STORAGE_KEY)!).read)).toEqual(['a'])
    storage.full = false
    store.update(markRead('d'))
    expect(Object.keys(JSON.parse(storage.map.get(STORAGE_KEY)!).read)).toHaveLength(4)
  })

  it('sets damaged data aside before the first write over it', () => {
    const storage = fakeStorage({ [STORAGE_KEY]: '{garbage' })
    const { store, problems } = open(() => storage)
    expect(problems).toEqual(['damaged'])
    expect(storage.map.get(STORAGE_KEY)).toBe('{garbage') // nothing written on reading
    store.update(markRead('a'))
    expect(storage.map.get(DAMAGED_KEY)).toBe('{garbage')
    expect(JSON.parse(storage.map.get(STORAGE_KEY)!).read).toEqual({
      a: { at: '2024-01-01T00:00:00.000Z' },
    })
  })

  it('never writes over a newer version', () => {
    const newer = JSON.stringify({ ...emptyReaderState(), version: READER_STATE_VERSION + 1 })
    const storage = fakeStorage({ [STORAGE_KEY]: newer })
    const { store, problems } = open(() => storage)
    store.update(markRead('a'))
    expect(store.get().read).toHaveProperty('a')
    expect(storage.map.get(STORAGE_KEY)).toBe(newer)
    expect(problems).toEqual(['newer'])
  })

  it('takes another tab’s writes from the storage event', () => {
    const storage = fakeStorage()
    const { store } = open(() => storage)
    const target = new EventTarget()
    const stop = store.connect(target as unknown as Parameters<typeof store.connect>[0])
    const listener = vi.fn()
    store.subscribe(listener)
    const other = encodeReaderState(markRead('from-the-other-tab')(emptyReaderState()))
    target.dispatchEvent(Object.assign(new Event('storage'), { key: STORAGE_KEY, newValue: other }))
    expect(store.get().read).toHaveProperty('from-the-other-tab')
    expect(listener).toHaveBeenCalledTimes(1)
    target.dispatchEvent(Object.assign(new Event('storage'), { key: 'other-key', newValue: '' }))
    expect(listener).toHaveBeenCalledTimes(1)
    stop()
    target.dispatchEvent(Object.assign(new Event('storage'), { key: STORAGE_KEY, newValue: null }))
    expect(store.get().read).toHaveProperty('from-the-other-tab')
  })
})
