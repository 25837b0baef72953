import { X } from 'lucide-react'
import { cn } from '../../lib/cn.ts'
import { chipSummary, removeLabel, type Chip } from '../../shared/feed-chips.ts'

interface ActiveFiltersProps {
  chips: Chip[]
  onRemove: (chip: Chip) => void
  onClearAll: () => void
  className?: string
}

/** Active filters as removable chips, with "Clear all" once there are several. */
export function ActiveFilters({ chips, onRemove, onClearAll, className }: ActiveFiltersProps) {
  if (chips.length === 0) return null
  return (
    <div className={cn('flex flex-wrap items-center gap-2', className)}>
      <ul aria-label="Active filters" className="flex flex-wrap gap-2">
        {chips.map((c) => (
          <li key={c.key}>
            <button
              type="button"
              onClick={() => onRemove(c)}
              aria-label={removeLabel(c)}
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
      {chipSummary(chips, undefined).showClearAll && (
        <button
          type="button"
          onClick={onClearAll}
          className="text-sm text-muted underline underline-offset-4 hover:text-accent"
        >
          Clear all
        </button>
      )}
    </div>
  )
}
