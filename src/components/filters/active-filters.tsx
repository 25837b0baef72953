import { X } from 'lucide-react'

export interface Chip {
  key: string
  label: string
  /** What kind of filter it is, for the accessible name ("topic", "source"). */
  kind: string
  /** An exclusion, shown struck through. */
  struck?: boolean
  onRemove: () => void
}

/** Active filters as removable chips, with "Clear all" once there are several. */
export function ActiveFilters({ chips, onClearAll }: { chips: Chip[]; onClearAll: () => void }) {
  if (chips.length === 0) return null
  return (
    <div className="flex flex-wrap items-center gap-2">
      <ul aria-label="Active filters" className="flex flex-wrap gap-2">
        {chips.map((c) => (
          <li key={c.key}>
            <button
              type="button"
              onClick={c.onRemove}
              aria-label={`Remove ${c.kind} filter: ${c.label}`}
              className="inline-flex items-center gap-1.5 rounded-full border border-accent/40 bg-accent-soft py-1 pr-2 pl-3 text-sm text-ink hover:border-accent"
            >
              <span className={c.struck ? 'line-through decoration-accent' : undefined}>
                {c.label}
              </span>
              <X className="size-3.5 text-accent" strokeWidth={2} aria-hidden="true" />
            </button>
          </li>
        ))}
      </ul>
      <button
        type="button"
        onClick={onClearAll}
        className="text-sm text-muted underline underline-offset-4 hover:text-accent"
      >
        Clear all
      </button>
    </div>
  )
}
