import { useEffect, useRef } from 'react'

/**
 * A `<dialog>` shown as a modal while `open` (the platform's dialog traps focus, closes on
 * Escape and gives focus back); returns the ref to put on it.
 */
export function useModalDialog(open: boolean) {
  const ref = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    if (open && !dialog.open) dialog.showModal()
    if (!open && dialog.open) dialog.close()
  }, [open])
  return ref
}
