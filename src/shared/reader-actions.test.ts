import { describe, expect, it } from 'vitest'
import {
  completeRead,
  completeSaved,
  isRead,
  isSaved,
  markRead,
  markSeen,
  markUnread,
  setMuted,
  toggleRead,
  toggleSaved,
  type StoryRef,
} from './reader-actions.ts'
import { emptyReaderState } from './reader-state.ts'

const story = (slug: string, url?: string): StoryRef => ({
  slug,
  title: `Title ${slug}`,
  date: '2024-01-04T08:00:00.000Z',
  source: 'e.example',
  ...(url && { url }),
})

describe('reader actions', () => {
  it('marks stories read with where they sit, keeping the first time', () => {
    let s = markRead(emptyReaderState(), [story('a'), story('b')], 'T1')
    expect(s.read.a).toEqual({ at: 'T1', date: '2024-01-04T08:00:00.000Z', source: 'e.example' })
    const again = markRead(s, [story('a')], 'T2')
    expect(again).toBe(s)
    s = toggleRead(s, story('a'), 'T3')
    expect(isRead(s, 'a')).toBe(false)
    expect(isRead(s, 'b')).toBe(true)
    expect(markUnread(s, 'zzz')).toBe(s)
  })

  it('completes stories read before version 2 with where they sit, once', () => {
    const old = { ...emptyReaderState(), read: { a: { at: 'T0' } } }
    const s = completeRead(old, [story('a'), story('b')])
    expect(s.read).toEqual({
      a: { at: 'T0', date: '2024-01-04T08:00:00.000Z', source: 'e.example' },
    })
    expect(completeRead(s, [story('a')])).toBe(s)
  })

  it('saves newest first and unsaves, and learns a saved story’s original link later', () => {
    let s = toggleSaved(emptyReaderState(), story('a'), 'T1')
    s = toggleSaved(s, story('b', 'https://b.example/'), 'T2')
    expect(s.saved.map((x) => x.slug)).toEqual(['b', 'a'])
    expect(s.saved[1]).not.toHaveProperty('url')
    s = completeSaved(s, story('a', 'https://a.example/'))
    expect(s.saved[1]!.url).toBe('https://a.example/')
    expect(completeSaved(s, story('nope', 'https://x.example/'))).toBe(s)
    s = toggleSaved(s, story('b'), 'T3')
    expect(isSaved(s, 'b')).toBe(false)
  })

  it('mutes and unmutes topics and sources once each', () => {
    let s = setMuted(emptyReaderState(), 'topics', 'crypto', true)
    expect(setMuted(s, 'topics', 'crypto', true)).toBe(s)
    s = setMuted(s, 'sources', 'spam.example', true)
    expect(s.muted).toEqual({ topics: ['crypto'], sources: ['spam.example'] })
    s = setMuted(s, 'topics', 'crypto', false)
    expect(s.muted.topics).toEqual([])
  })

  it('remembers the newest story seen, never moving back', () => {
    const s = markSeen(emptyReaderState(), '2024-02-01T00:00:00.000Z')
    expect(s.seenNewest).toBe('2024-02-01T00:00:00.000Z')
    expect(markSeen(s, '2024-01-01T00:00:00.000Z')).toBe(s)
  })
})
