import { useEffect, useRef } from 'react'

const FOCUSABLE = 'a[href], button:not([hidden]), input, select, textarea, [tabindex]'

interface Options {
  /** The removable items (a story, a saved story, a mute) inside the container. */
  items: string
  /** What to focus in the item that takes the removed one's place; by default the control at
   * the same place in it as the one that had focus. */
  target?: string
  /** What to focus when no item is left (an element with `tabIndex={-1}`). */
  fallback: string
}

/**
 * Keeps keyboard focus when the item holding it goes away (unsaved, unmuted, or muted out of
 * the feed): the browser would drop it on `<body>`, back at the top of the page. Focus moves to
 * the item now in its place (or the last one), else to `fallback`. Focus the reader moved
 * elsewhere themselves is never taken back. Returns the ref for a container that stays mounted.
 */
export function useFocusAfterRemoval<T extends HTMLElement>({ items, target, fallback }: Options) {
  const container = useRef<T>(null)
  useEffect(() => {
    const root = container.current
    if (!root) return
    // The focused control, its place in its item, and the items after that one.
    let last: { element: Element; control: number; after: Element[] } | null = null
    const onFocus = (event: FocusEvent) => {
      const element = event.target as Element
      const item = element.closest(items)
      if (!item || !root.contains(item)) return
      const all = [...root.querySelectorAll(items)]
      last = {
        element,
        control: [...item.querySelectorAll(FOCUSABLE)].indexOf(element),
        after: all.slice(all.indexOf(item) + 1),
      }
    }
    // Focus the reader moved away themselves (still on the page) is theirs: forget it.
    const onBlur = (event: FocusEvent) => {
      const element = event.target
      queueMicrotask(() => {
        if (last?.element === element && last.element.isConnected) last = null
      })
    }
    const observer = new MutationObserver(() => {
      if (!last || last.element.isConnected) return
      const { control, after } = last
      last = null
      if (document.activeElement && document.activeElement !== document.body) return
      const all = root.querySelectorAll(items)
      // The first story that followed the removed one and is still here, else the last one.
      const item = after.find((el) => el.isConnected) ?? all[all.length - 1]
      const next = item
        ? target
          ? item.querySelector<HTMLElement>(target)
          : (item.querySelectorAll<HTMLElement>(FOCUSABLE)[control] ??
            item.querySelector<HTMLElement>(FOCUSABLE))
        : null
      ;(next ?? root.querySelector<HTMLElement>(fallback))?.focus()
    })
    root.addEventListener('focusin', onFocus)
    root.addEventListener('focusout', onBlur)
    observer.observe(root, { childList: true, subtree: true })
    return () => {
      root.removeEventListener('focusin', onFocus)
      root.removeEventListener('focusout', onBlur)
      observer.disconnect()
    }
  }, [items, target, fallback])
  return container
}
