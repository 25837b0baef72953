import { useRef } from 'react'

/**
 * A popover opens in the top layer, away from its button: this places it under the button (or
 * above it when there is no room below), inside the window. Returns the refs for the button and
 * the popover, and the popover's `onToggle`.
 */
export function usePopoverPlacement<B extends HTMLElement, P extends HTMLElement>(
  align: 'start' | 'end' = 'end',
) {
  const button = useRef<B>(null)
  const popover = useRef<P>(null)
  const onToggle = (event: React.ToggleEvent<P>) => {
    if (event.newState !== 'open' || !button.current || !popover.current) return
    const at = button.current.getBoundingClientRect()
    const width = popover.current.offsetWidth
    const left = align === 'end' ? at.right - width : at.left
    popover.current.style.left = `${Math.max(8, Math.min(left, window.innerWidth - width - 8))}px`
    const below = at.bottom + 4
    const height = popover.current.offsetHeight
    popover.current.style.top = `${below + height > window.innerHeight - 8 ? Math.max(8, at.top - height - 4) : below}px`
  }
  return { button, popover, onToggle }
}
