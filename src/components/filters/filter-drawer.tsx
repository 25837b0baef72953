import { SlidersHorizontal, X } from 'lucide-react'
import { useId, useState, type ReactNode } from 'react'
import { useModalDialog } from '../../hooks/use-modal-dialog.ts'
import { countStories } from '../../shared/count.ts'

/**
 * The filter panel on a phone: a button that opens it in a modal `<dialog>` sliding in from the
 * side. The platform's dialog traps focus, closes on Escape and returns focus to the button.
 */
export function FilterDrawer({
  activeCount,
  resultCount,
  children,
}: {
  /** Filters set in the drawer (the header's search is not). */
  activeCount: number
  /** Stories the view shows now: the drawer's button says how many it closes onto. */
  resultCount: number
  children: ReactNode
}) {
  const [open, setOpen] = useState(false)
  const ref = useModalDialog(open)
  const headingId = useId()

  return (
    <>
      <button
        type="button"
        onClick={() => setOpen(true)}
        aria-haspopup="dialog"
        title="Filters"
        // On a phone the icon alone (and its count), so the toolbar stays one line.
        className="inline-flex h-8 min-w-8 items-center justify-center gap-2 rounded-sm border border-rule px-1.5 text-sm hover:border-accent sm:px-3 lg:hidden"
      >
        <SlidersHorizontal className="size-4" strokeWidth={1.75} aria-hidden="true" />
        <span className="max-sm:sr-only">Filters</span>
        {activeCount > 0 && (
          <span className="rounded-full bg-accent px-1.5 text-xs text-paper tabular-nums">
            {activeCount}
            <span className="sr-only"> active</span>
          </span>
        )}
      </button>
      {/* A click on the backdrop closes the drawer; keyboards have Escape, which dialog provides. */}
      {/* eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-noninteractive-element-interactions */}
      <dialog
        ref={ref}
        aria-labelledby={headingId}
        onClose={() => setOpen(false)}
        onClick={(e) => e.target === ref.current && setOpen(false)}
        className="m-0 ml-auto h-dvh max-h-none w-[min(22rem,100vw)] max-w-none bg-paper p-0 text-ink backdrop:bg-black/60"
      >
        {open && (
          <div className="flex h-full flex-col">
            <div className="flex items-center justify-between border-b border-rule px-5 py-4">
              <h2 id={headingId} className="font-serif text-[1.375rem]">
                Filters
              </h2>
              <button
                type="button"
                onClick={() => setOpen(false)}
                className="rounded-sm p-1 hover:text-accent"
              >
                <X className="size-5" aria-hidden="true" />
                <span className="sr-only">Close filters</span>
              </button>
            </div>
            <div className="flex-1 overflow-y-auto px-5 py-5">{children}</div>
            <div className="border-t border-rule px-5 py-3">
              <button
                type="button"
                onClick={() => setOpen(false)}
                className="w-full rounded-sm bg-ink px-4 py-2 text-sm font-medium text-paper hover:bg-accent"
              >
                Show {countStories(resultCount)}
              </button>
            </div>
          </div>
        )}
      </dialog>
    </>
  )
}
