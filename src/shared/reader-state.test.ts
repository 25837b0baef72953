import { describe, expect, it } from 'vitest'
import {
  decodeReaderState,
  emptyReaderState,
  encodeReaderState,
  migrations,
  READER_STATE_VERSION,
  type ReaderState,
} from './reader-state.ts'

const someState = (): ReaderState => ({
  ...emptyReaderState(),
  read: {
    'a-story': { at: '2024-02-01T10:00:00.000Z', date: '2024-01-30T08:00:00.000Z', source: 'e.x' },
  },
  saved: [
    {
      slug: 'b-story',
      title: 'B',
      url: 'https://e.x/b',
      source: 'e.x',
      date: '2024-01-31T00:00:00.000Z',
      savedAt: '2024-02-01T10:05:00.000Z',
    },
  ],
  muted: { topics: ['robotics'], sources: ['spam.example'] },
  seenNewest: '2024-02-01T09:00:00.000Z',
})

describe('decodeReaderState', () => {
  it('starts empty when nothing is stored', () => {
    expect(decodeReaderState(null)).toEqual({ state: emptyReaderState() })
  })

  it('reads back what it wrote', () => {
    const state = someState()
    expect(decodeReaderState(encodeReaderState(state))).toEqual({ state })
  })

  it('says garbage is damaged and starts empty', () => {
    for (const raw of ['{not json', '42', '[]', 'null', '"text"']) {
      expect(decodeReaderState(raw)).toEqual({ state: emptyReaderState(), problem: 'damaged' })
    }
  })

  it('keeps every field that is still good when others are damaged', () => {
    const stored = { ...someState(), saved: 'oops', preferences: { view: 'grid' } }
    const { state, problem } = decodeReaderState(JSON.stringify(stored))
    expect(problem).toBe('damaged')
    expect(state.read).toEqual(someState().read)
    expect(state.muted).toEqual(someState().muted)
    expect(state.seenNewest).toBe(someState().seenNewest)
    expect(state.saved).toEqual([])
    expect(state.preferences).toEqual(emptyReaderState().preferences)
  })

  it('reads what it can of a newer version and says so', () => {
    const stored = { ...someState(), version: READER_STATE_VERSION + 1, newField: [1] }
    const { state, problem } = decodeReaderState(JSON.stringify(stored))
    expect(problem).toBe('newer')
    expect(state.read).toEqual(someState().read)
    expect(state.version).toBe(READER_STATE_VERSION)
  })

  it('migrates an older version step by step', () => {
    // A made-up version 0 that kept read slugs as a list, to show the path works.
    const steps = {
      ...migrations,
      0: (old: Record<string, unknown>) => ({
        ...old,
        read: Object.fromEntries((old.readSlugs as string[]).map((s) => [s, old.at])),
      }),
    }
    const v0 = { ...someState(), version: 0, read: undefined, readSlugs: ['x', 'y'], at: 'T' }
    const { state, problem } = decodeReaderState(JSON.stringify(v0), steps)
    expect(problem).toBeUndefined()
    expect(state.read).toEqual({ x: { at: 'T' }, y: { at: 'T' } })
    expect(state.saved).toEqual(someState().saved)
    // Without the step (or with one that throws), the data counts as damaged, not lost.
    expect(decodeReaderState(JSON.stringify(v0)).problem).toBe('damaged')
    const throwing = {
      ...migrations,
      0: () => {
        throw new Error('bad')
      },
    }
    expect(decodeReaderState(JSON.stringify(v0), throwing).state.saved).toEqual(someState().saved)
  })

  it('migrates version 1 (read times only, a wall-clock last visit) to the current format', () => {
    const v1 = {
      version: 1,
      read: { 'a-story': '2024-02-01T10:00:00.000Z' },
      saved: someState().saved,
      muted: someState().muted,
      lastVisit: '2024-02-01T09:00:00.000Z',
      preferences: { view: 'list', theme: 'dark', textSize: 'large' },
    }
    const { state, problem } = decodeReaderState(JSON.stringify(v1))
    expect(problem).toBeUndefined()
    expect(state.version).toBe(READER_STATE_VERSION)
    expect(state.read).toEqual({ 'a-story': { at: '2024-02-01T10:00:00.000Z' } })
    expect(state.saved).toEqual(someState().saved)
    expect(state.preferences).toEqual(v1.preferences)
    expect(state).not.toHaveProperty('lastVisit')
  })

  it('drops a damaged version 1 read entry alone', () => {
    const v1 = {
      version: 1,
      read: { 'a-story': '2024-02-01T10:00:00.000Z', 'b-story': 42, 'c-story': null },
    }
    const { state } = decodeReaderState(JSON.stringify(v1))
    expect(state.read).toEqual({ 'a-story': { at: '2024-02-01T10:00:00.000Z' } })
  })

  it('keeps the good read and saved entries beside a damaged one', () => {
    const good = someState()
    const raw = {
      ...good,
      read: { ...good.read, broken: { at: 7 } },
      saved: [...good.saved, { slug: 'no-title' }],
    }
    const { state, problem } = decodeReaderState(JSON.stringify(raw))
    expect(problem).toBe('damaged')
    expect(state.read).toEqual(good.read)
    expect(state.saved).toEqual(good.saved)
    expect(state.muted).toEqual(good.muted)
  })
})
