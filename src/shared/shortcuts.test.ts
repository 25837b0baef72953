import { describe, expect, it } from 'vitest'
import { createKeyReader, isTypingTarget, SEQUENCE_MS, SHORTCUTS, stepStory } from './shortcuts.ts'

describe('createKeyReader', () => {
  it('reads single keys', () => {
    const read = createKeyReader()
    expect(read({ key: 'j', time: 0 })).toEqual({ action: 'next' })
    expect(read({ key: 'k', time: 1 })).toEqual({ action: 'previous' })
    expect(read({ key: '?', time: 2 })).toEqual({ action: 'help' })
    expect(read({ key: 'x', time: 3 })).toBeNull()
  })

  it('reads g sequences, and forgets a g after the pause', () => {
    const read = createKeyReader()
    expect(read({ key: 'g', time: 0 })).toEqual({ pending: 'g' })
    expect(read({ key: 'h', time: 100 })).toEqual({ action: 'home' })
    expect(read({ key: 'g', time: 200 })).toEqual({ pending: 'g' })
    expect(read({ key: 's', time: 300 })).toEqual({ action: 'sources' })
    expect(read({ key: 'g', time: 400 })).toEqual({ pending: 'g' })
    expect(read({ key: 't', time: 400 + SEQUENCE_MS + 1 })).toBeNull()
    // A g then an unknown key is nothing, and the next key is read afresh.
    expect(read({ key: 'g', time: 5000 })).toEqual({ pending: 'g' })
    expect(read({ key: 'x', time: 5001 })).toBeNull()
    expect(read({ key: 'j', time: 5002 })).toEqual({ action: 'next' })
  })

  it('leaves presses with Ctrl, Cmd or Alt to the browser, and they cancel a sequence', () => {
    const read = createKeyReader()
    expect(read({ key: 'j', ctrlKey: true, time: 0 })).toBeNull()
    expect(read({ key: 'k', metaKey: true, time: 0 })).toBeNull()
    expect(read({ key: 'g', time: 0 })).toEqual({ pending: 'g' })
    expect(read({ key: 'h', altKey: true, time: 1 })).toBeNull()
    expect(read({ key: 'h', time: 2 })).toBeNull()
  })

  it('takes a letter case from Shift, not Caps Lock', () => {
    const read = createKeyReader()
    // Caps Lock on: the browser reports `A` and `J` without Shift.
    expect(read({ key: 'A', time: 0 })).toBeNull()
    expect(read({ key: 'J', time: 1 })).toEqual({ action: 'next' })
    expect(read({ key: 'A', shiftKey: true, time: 2 })).toEqual({ action: 'readAll' })
    // Caps Lock and Shift: `a` with Shift is still Shift+A.
    expect(read({ key: 'a', shiftKey: true, time: 3 })).toEqual({ action: 'readAll' })
    expect(read({ key: 'G', time: 4 })).toEqual({ pending: 'g' })
    expect(read({ key: 'H', time: 5 })).toEqual({ action: 'home' })
    // Shift on a symbol only makes the character.
    expect(read({ key: '?', shiftKey: true, time: 6 })).toEqual({ action: 'help' })
  })

  it('has one action per key sequence', () => {
    const seen = SHORTCUTS.map((s) => s.keys.join(' '))
    expect(new Set(seen).size).toBe(seen.length)
  })
})

describe('isTypingTarget', () => {
  const el = (matches: boolean) => ({ closest: () => (matches ? {} : null) })
  it('is true in fields, false elsewhere', () => {
    expect(isTypingTarget(el(true))).toBe(true)
    expect(isTypingTarget(el(false))).toBe(false)
    expect(isTypingTarget(null)).toBe(false)
  })
})

describe('stepStory', () => {
  it('starts at the first story, steps within the list, stops at its ends', () => {
    expect(stepStory(-1, 1, 5)).toBe(0)
    expect(stepStory(-1, -1, 5)).toBeNull()
    expect(stepStory(0, 1, 5)).toBe(1)
    expect(stepStory(4, 1, 5)).toBeNull()
    expect(stepStory(3, -1, 5)).toBe(2)
    expect(stepStory(0, -1, 5)).toBeNull()
    expect(stepStory(-1, 1, 0)).toBeNull()
  })
})
