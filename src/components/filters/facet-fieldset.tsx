import { Ban } from 'lucide-react'
import { useId, useState, type ReactNode } from 'react'
import { cn } from '../../lib/cn.ts'
import { arrangeOptions, type FacetOption } from '../../shared/facet-options.ts'

const VISIBLE = 8

interface FacetFieldsetProps {
  legend: string
  /** Form name of the checkboxes (`topic`, `source`). */
  name: string
  options: FacetOption[]
  onToggle: (value: string) => void
  /** Excludes the value (or takes the exclusion back). */
  onExclude?: (value: string) => void
  /** Something to show before an option's label (a logo). */
  decorate?: (option: FacetOption) => ReactNode
}

/**
 * A facet as a fieldset of checkboxes with live counts: the top ones first, "Show all" for the
 * rest, and a filter box once the list is long.
 */
export function FacetFieldset({
  legend,
  name,
  options,
  onToggle,
  onExclude,
  decorate,
}: FacetFieldsetProps) {
  const [filter, setFilter] = useState('')
  const [expanded, setExpanded] = useState(false)
  const listId = useId()
  const arranged = arrangeOptions(options, filter)
  const checked = arranged.filter((o) => o.checked || o.excluded).length
  const shown = expanded || filter ? arranged : arranged.slice(0, Math.max(VISIBLE, checked))
  const hidden = arranged.length - shown.length

  return (
    <fieldset className="min-w-0">
      <legend className="mb-3 text-xs font-semibold tracking-[0.12em] text-muted uppercase">
        {legend}
      </legend>
      {options.length > VISIBLE && (
        <input
          type="search"
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
          aria-label={`Filter ${legend.toLowerCase()}`}
          aria-controls={listId}
          placeholder={`Find ${legend.toLowerCase()}…`}
          className="mb-2 w-full rounded-sm border border-rule bg-paper px-2.5 py-1.5 text-sm placeholder:text-muted focus-visible:border-accent"
        />
      )}
      <ul id={listId} className="flex flex-col">
        {shown.map((o) => (
          <li key={o.value} className="group/option flex items-center gap-1">
            <label
              className={cn(
                'flex min-w-0 flex-1 cursor-pointer items-center gap-2.5 rounded-sm py-1 text-sm hover:text-accent',
                o.count === 0 && !o.checked && 'text-muted',
                o.excluded && 'text-muted line-through',
              )}
            >
              <input
                type="checkbox"
                name={name}
                value={o.value}
                checked={o.checked}
                onChange={() => onToggle(o.value)}
                className="size-4 shrink-0 accent-[var(--color-accent)]"
              />
              {decorate?.(o)}
              <span className="min-w-0 flex-1 truncate">{o.label}</span>
              <span className="text-xs text-muted tabular-nums">
                <span className="sr-only">, </span>
                {o.count}
                <span className="sr-only"> {o.count === 1 ? 'article' : 'articles'}</span>
              </span>
            </label>
            {onExclude && (
              <button
                type="button"
                onClick={() => onExclude(o.value)}
                aria-pressed={!!o.excluded}
                aria-label={`Exclude ${o.label}`}
                title={o.excluded ? `Show ${o.label} again` : `Hide stories with ${o.label}`}
                className={cn(
                  'grid size-6 shrink-0 place-items-center rounded-sm text-muted hover:text-accent focus-visible:opacity-100',
                  o.excluded ? 'text-accent' : 'opacity-40 group-hover/option:opacity-100',
                )}
              >
                <Ban className="size-3.5" strokeWidth={1.75} aria-hidden="true" />
              </button>
            )}
          </li>
        ))}
        {shown.length === 0 && (
          <li className="py-1 text-sm text-muted">
            No {legend.toLowerCase()} match “{filter}”.
          </li>
        )}
      </ul>
      {!filter && (hidden > 0 || expanded) && arranged.length > VISIBLE && (
        <button
          type="button"
          onClick={() => setExpanded(!expanded)}
          aria-expanded={expanded}
          aria-controls={listId}
          className="mt-1 text-sm text-accent underline-offset-4 hover:underline"
        >
          {expanded ? 'Show fewer' : `Show all ${arranged.length}`}
        </button>
      )}
    </fieldset>
  )
}
