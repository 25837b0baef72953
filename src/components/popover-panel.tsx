import { popoverSupported } from '../lib/popover.ts'

/**
 * The panel of a popover menu (the story menu, Subscribe): in the top layer where popover is
 * known, closing on Esc or a click outside; elsewhere shown in place while `openInPlace`. Its
 * items are a labelled list.
 */
export function PopoverPanel({
  ref,
  id,
  label,
  openInPlace,
  onToggle,
  children,
}: {
  ref: React.Ref<HTMLDivElement>
  id: string
  label: string
  openInPlace: boolean
  onToggle: (event: React.ToggleEvent<HTMLDivElement>) => void
  children: React.ReactNode
}) {
  return (
    <div
      ref={ref}
      id={id}
      popover="auto"
      hidden={!popoverSupported && !openInPlace}
      onToggle={onToggle}
      className="m-0 min-w-56 rounded-sm border border-rule bg-paper p-1 text-sm text-ink shadow-lg"
    >
      <ul aria-label={label} className="grid">
        {children}
      </ul>
    </div>
  )
}
