/**
 * The reader's keyboard shortcuts (the conventions of Google Reader, Feedly and Miniflux), as
 * data and pure functions: the table the help dialog lists, a reader of key presses that knows
 * the two-key `g` sequences, and the step from one story to the next. The component in
 * `components/keyboard/` only connects these to the document and the router.
 */

export type ShortcutAction =
  | 'next'
  | 'previous'
  | 'open'
  | 'original'
  | 'save'
  | 'read'
  | 'readAll'
  | 'search'
  | 'home'
  | 'topics'
  | 'sources'
  | 'saved'
  | 'settings'
  | 'help'

export interface Shortcut {
  /** The keys as pressed, in order: `['g', 'h']` is `g` then `h`. */
  keys: readonly string[]
  action: ShortcutAction
  description: string
}

export const SHORTCUTS: readonly Shortcut[] = [
  { keys: ['j'], action: 'next', description: 'Next story' },
  { keys: ['k'], action: 'previous', description: 'Previous story' },
  { keys: ['o'], action: 'open', description: 'Open the story (or Enter)' },
  { keys: ['v'], action: 'original', description: 'Open the original article in a new tab' },
  { keys: ['s'], action: 'save', description: 'Save or unsave the story' },
  { keys: ['m'], action: 'read', description: 'Mark the story read or unread' },
  { keys: ['A'], action: 'readAll', description: 'Mark every story on the page read (Shift+A)' },
  { keys: ['/'], action: 'search', description: 'Search' },
  { keys: ['g', 'h'], action: 'home', description: 'Go to the latest stories' },
  { keys: ['g', 't'], action: 'topics', description: 'Go to topics' },
  { keys: ['g', 's'], action: 'sources', description: 'Go to sources' },
  { keys: ['g', 'a'], action: 'saved', description: 'Go to saved stories' },
  { keys: ['g', ','], action: 'settings', description: 'Go to settings' },
  { keys: ['?'], action: 'help', description: 'Show these shortcuts' },
]

/** What a key press means: an action, the first key of a sequence, or nothing. */
export type KeyResult = { action: ShortcutAction } | { pending: string } | null

/** How long the second key of a `g` sequence is waited for. */
export const SEQUENCE_MS = 1500

export interface KeyPress {
  key: string
  ctrlKey?: boolean
  metaKey?: boolean
  altKey?: boolean
  /** Whether Shift was held: with Caps Lock on, `A` without Shift is still `a`. */
  shiftKey?: boolean
  /** When it was pressed, in ms (an event's `timeStamp`). */
  time: number
}

/**
 * Reads key presses one by one. Presses with Ctrl, Cmd or Alt are never shortcuts (they are
 * the browser's); Shift only makes the character (`?`). A letter's case is Shift's, not Caps
 * Lock's: `A` needs Shift held, and Caps Lock does not turn `j` into nothing.
 */
export function createKeyReader(shortcuts: readonly Shortcut[] = SHORTCUTS) {
  let first: { key: string; time: number } | null = null
  const starts = new Set(shortcuts.filter((s) => s.keys.length > 1).map((s) => s.keys[0]!))
  return (press: KeyPress): KeyResult => {
    if (press.ctrlKey || press.metaKey || press.altKey) {
      first = null
      return null
    }
    const key = letterKey(press)
    const pending = first && press.time - first.time <= SEQUENCE_MS ? first.key : null
    first = null
    if (pending) {
      const match = shortcuts.find(
        (s) => s.keys.length === 2 && s.keys[0] === pending && s.keys[1] === key,
      )
      return match ? { action: match.action } : null
    }
    if (starts.has(key)) {
      first = { key, time: press.time }
      return { pending: key }
    }
    const match = shortcuts.find((s) => s.keys.length === 1 && s.keys[0] === key)
    return match ? { action: match.action } : null
  }
}

function letterKey({ key, shiftKey }: KeyPress) {
  if (!/^[a-z]$/i.test(key)) return key
  return shiftKey ? key.toUpperCase() : key.toLowerCase()
}

/** Whether a key press in this element is typing (a field, an editable area, a list box). */
export function isTypingTarget(target: { closest?: (selector: string) => unknown } | null) {
  return !!target?.closest?.(
    'input, textarea, select, [contenteditable=""], [contenteditable="true"], [role="textbox"], [role="combobox"]',
  )
}

/**
 * The story to move to from `current` (its index, or -1 when no story has focus), one step in
 * `direction` among `count` stories; null at either end. With none focused, `j` goes to the
 * first and `k` goes nowhere (the caller passes the first story on screen as `current - 1`).
 */
export function stepStory(current: number, direction: 1 | -1, count: number): number | null {
  if (count === 0) return null
  if (current < 0) return direction === 1 ? 0 : null
  const next = current + direction
  return next < 0 || next >= count ? null : next
}
