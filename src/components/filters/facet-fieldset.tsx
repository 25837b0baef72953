import { Ban } from 'lucide-react'
import { useId, useState, type ReactNode } from 'react'
import { cn } from '../../lib/cn.ts'
import {
  pinChosen,
  pinnedValues,
  VISIBLE_OPTIONS,
  visibleOptions,
  type FacetOption,
} from '../../shared/facet-options.ts'

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
 * A facet as a fieldset of checkboxes with live counts, one Tab stop a row, in the collection's
 * order (ticking never moves a row): the top ones first, "Show all" for the rest, and a filter
 * box once the list is long. Exclusion is a mode of the list ("Exclude", then tick what to
 * hide), not a small button beside every row that a slip turns into an empty feed.
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
  const [excluding, setExcluding] = useState(false)
  // Rows chosen beyond the first few stay listed until the list is opened again.
  const [pinned, setPinned] = useState<readonly string[]>(() => pinnedValues(options))
  // Chosen from outside the list (a topic tag, the URL): listed too, from now on.
  const withChosen = pinChosen(pinned, options)
  if (withChosen !== pinned) setPinned(withChosen)
  const listId = useId()
  const hintId = useId()
  const shown = visibleOptions(options, { filter, expanded, pinned })
  const noun = legend.toLowerCase()

  return (
    <fieldset className="min-w-0" aria-describedby={excluding ? hintId : undefined}>
      {/* Floated, the legend lays out like any block, with the mode switch beside it. */}
      <legend className="float-left mb-3 text-xs font-semibold tracking-[0.12em] text-muted uppercase">
        {legend}
      </legend>
      {onExclude && (
        <button
          type="button"
          aria-pressed={excluding}
          onClick={() => setExcluding(!excluding)}
          title={excluding ? `Tick ${noun} to show again` : `Tick ${noun} to hide their stories`}
          className={cn(
            'float-right -mt-0.5 inline-flex items-center gap-1 rounded-sm px-1.5 py-0.5 text-xs',
            excluding ? 'bg-accent text-paper' : 'text-muted hover:text-accent',
          )}
        >
          <Ban className="size-3.5" strokeWidth={1.75} aria-hidden="true" />
          Exclude<span className="sr-only"> {noun}</span>
        </button>
      )}
      {excluding && (
        <p id={hintId} className="clear-both mb-2 text-xs text-accent">
          Tick a {name} to hide its stories.
        </p>
      )}
      {options.length > VISIBLE_OPTIONS && (
        <input
          type="search"
          value={filter}
          onChange={(e) => {
            setFilter(e.target.value)
            if (!e.target.value) setPinned(pinnedValues(options))
          }}
          aria-label={`Filter ${noun}`}
          aria-controls={listId}
          placeholder={`Find ${noun}…`}
          className="clear-both mb-2 w-full rounded-sm border border-rule bg-paper px-2.5 py-1.5 text-sm placeholder:text-muted focus-visible:border-accent"
        />
      )}
      <ul id={listId} className="clear-both flex flex-col">
        {shown.map((o) => (
          <li key={o.value}>
            <label
              className={cn(
                'flex cursor-pointer items-start gap-2.5 rounded-sm py-1 text-sm hover:text-accent',
                o.count === 0 && !o.checked && 'text-muted',
                o.excluded && 'text-muted',
              )}
            >
              <input
                type="checkbox"
                name={excluding ? `-${name}` : name}
                value={o.value}
                checked={excluding ? !!o.excluded : o.checked}
                onChange={() => (excluding ? onExclude!(o.value) : onToggle(o.value))}
                className="mt-0.5 size-4 shrink-0 accent-[var(--color-accent)]"
              />
              {decorate && <span className="mt-0.5 flex shrink-0">{decorate(o)}</span>}
              <span
                className={cn(
                  'min-w-0 flex-1 break-words',
                  o.excluded && 'line-through decoration-accent',
                )}
              >
                {o.label}
              </span>
              <span className="text-xs leading-5 text-muted tabular-nums">
                <span className="sr-only">, </span>
                {o.count}
                <span className="sr-only">
                  {' '}
                  {o.count === 1 ? 'article' : 'articles'}
                  {o.excluded && ', excluded'}
                </span>
              </span>
            </label>
          </li>
        ))}
        {shown.length === 0 && (
          <li className="py-1 text-sm text-muted">
            No {noun} match “{filter}”.
          </li>
        )}
      </ul>
      {!filter && options.length > VISIBLE_OPTIONS && (
        <button
          type="button"
          onClick={() => {
            if (expanded) setPinned(pinnedValues(options))
            setExpanded(!expanded)
          }}
          aria-expanded={expanded}
          aria-controls={listId}
          className="mt-1 text-sm text-accent underline-offset-4 hover:underline"
        >
          {expanded ? 'Show fewer' : `Show all ${options.length}`}
        </button>
      )}
    </fieldset>
  )
}
