import { useId, useRef, useState } from 'react'
import { popoverSupported } from '../lib/popover.ts'

/**
 * A button and its popover menu (the story menu, Subscribe). The panel opens in the top layer,
 * away from its button: it is placed under the button (or above it when there is no room below),
 * inside the window. Where popover is unknown (before 2024) the button shows and hides the panel
 * in place instead. Spread `trigger` on the button and `panel` on the PopoverPanel.
 */
export function usePopoverMenu(align: 'start' | 'end' = 'end') {
  const id = useId()
  const button = useRef<HTMLButtonElement>(null)
  const popover = useRef<HTMLDivElement>(null)
  const [openInPlace, setOpenInPlace] = useState(false)
  const onToggle = (event: React.ToggleEvent<HTMLDivElement>) => {
    if (event.newState !== 'open' || !button.current || !popover.current) return
    const at = button.current.getBoundingClientRect()
    const width = popover.current.offsetWidth
    const left = align === 'end' ? at.right - width : at.left
    popover.current.style.left = `${Math.max(8, Math.min(left, window.innerWidth - width - 8))}px`
    const below = at.bottom + 4
    const height = popover.current.offsetHeight
    popover.current.style.top = `${below + height > window.innerHeight - 8 ? Math.max(8, at.top - height - 4) : below}px`
  }
  return {
    trigger: {
      ref: button,
      popoverTarget: id,
      'aria-expanded': popoverSupported ? undefined : openInPlace,
      onClick: popoverSupported ? undefined : () => setOpenInPlace(!openInPlace),
    },
    panel: { ref: popover, id, openInPlace, onToggle },
    /** Closes the menu (after one of its actions). */
    close() {
      if (popoverSupported) popover.current?.hidePopover()
      else setOpenInPlace(false)
    },
  }
}
