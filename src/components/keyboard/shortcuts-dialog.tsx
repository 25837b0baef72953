import { X } from 'lucide-react'
import { useId } from 'react'
import { useModalDialog } from '../../hooks/use-modal-dialog.ts'
import { SHORTCUTS } from '../../shared/shortcuts.ts'

/**
 * Every shortcut, in a modal `<dialog>`: the platform's dialog traps focus, closes on Escape
 * and gives focus back to where it was.
 */
export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const ref = useModalDialog(open)
  const headingId = useId()

  return (
    <dialog
      ref={ref}
      aria-labelledby={headingId}
      onClose={onClose}
      className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-sm border border-rule bg-paper p-0 text-left text-sm text-ink backdrop:bg-black/60"
    >
      {open && (
        <div className="flex flex-col">
          <div className="flex items-center justify-between border-b border-rule px-5 py-3">
            <h2 id={headingId} className="font-serif text-[1.375rem]">
              Keyboard shortcuts
            </h2>
            <button
              type="button"
              onClick={onClose}
              aria-label="Close"
              className="grid size-9 place-items-center rounded-sm text-muted hover:text-ink"
            >
              <X className="size-5" aria-hidden="true" />
            </button>
          </div>
          <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-2 px-5 py-4">
            {SHORTCUTS.map((s) => (
              <div key={s.keys.join(' ')} className="contents">
                <dt className="flex items-center gap-1 whitespace-nowrap">
                  {s.keys.map((k, i) => (
                    <span key={i} className="flex items-center gap-1">
                      {i > 0 && <span className="text-muted">then</span>}
                      <kbd className="min-w-6 rounded-sm border border-rule bg-paper-raised px-1.5 text-center font-sans">
                        {k}
                      </kbd>
                    </span>
                  ))}
                </dt>
                <dd>{s.description}</dd>
              </div>
            ))}
            <div className="contents">
              <dt>
                <kbd className="rounded-sm border border-rule bg-paper-raised px-1.5 font-sans">
                  Esc
                </kbd>
              </dt>
              <dd>Close a dialog or the filters</dd>
            </div>
          </dl>
        </div>
      )}
    </dialog>
  )
}
