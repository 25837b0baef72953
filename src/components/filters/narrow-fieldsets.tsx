import { useId } from 'react'
import { DATE_PRESETS, matchPreset, presetLabel, presetRange } from '../../shared/date-range.ts'
import { dayLabel } from '../../shared/feed-chips.ts'
import type { FeedFilters } from '../../shared/feed-params.ts'

type Update = (change: Partial<FeedFilters>) => void
const legendClass = 'mb-3 text-xs font-semibold tracking-[0.12em] text-muted uppercase'
const inputClass =
  'w-40 rounded-sm border border-rule bg-paper px-2 py-1 text-sm text-ink tabular-nums'

/**
 * Date presets as radio buttons, counted back from the newest story (a digest folder may be
 * years old, so the wall clock would leave them empty), and a custom range of two date inputs.
 */
export function DateFieldset({
  filters,
  update,
  newest,
}: {
  filters: FeedFilters
  update: Update
  /** The newest story's date; without one (an empty collection) there are no presets. */
  newest?: string
}) {
  const id = useId()
  const preset = matchPreset(filters, newest)
  return (
    <fieldset className="min-w-0" aria-describedby={newest ? `${id}-anchor` : undefined}>
      <legend className={legendClass}>Date</legend>
      <div className="flex flex-col gap-1 text-sm">
        <label className="flex cursor-pointer items-center gap-2.5 py-0.5 hover:text-accent">
          <input
            type="radio"
            name={`${id}-date`}
            checked={!filters.from && !filters.to}
            onChange={() => update({ from: undefined, to: undefined })}
            className="size-4 accent-[var(--color-accent)]"
          />
          Any time
        </label>
        {newest &&
          DATE_PRESETS.map((p) => (
            <label
              key={p.id}
              className="flex cursor-pointer items-center gap-2.5 py-0.5 hover:text-accent"
            >
              <input
                type="radio"
                name={`${id}-date`}
                checked={preset === p.id}
                onChange={() => update(presetRange(p.id, newest))}
                className="size-4 accent-[var(--color-accent)]"
              />
              {presetLabel(p.id, newest)}
            </label>
          ))}
      </div>
      {newest && (
        <p id={`${id}-anchor`} className="mt-2 text-xs text-muted">
          Counted back from the newest story, {dayLabel(newest.slice(0, 10))}.
        </p>
      )}
      <div className="mt-3 flex flex-col gap-2 text-xs text-muted">
        <label className="flex items-center justify-between gap-3">
          From
          <input
            type="date"
            value={filters.from ?? ''}
            max={filters.to}
            onChange={(e) => update({ from: e.target.value || undefined })}
            className={inputClass}
          />
        </label>
        <label className="flex items-center justify-between gap-3">
          To
          <input
            type="date"
            value={filters.to ?? ''}
            min={filters.from}
            onChange={(e) => update({ to: e.target.value || undefined })}
            className={inputClass}
          />
        </label>
      </div>
      {(filters.from || filters.to) && !preset && <p className="sr-only">Custom date range</p>}
    </fieldset>
  )
}

const FLOORS = [0, 20, 40, 60, 80]

/** Quality and heat floors, and "published only". */
export function SignalsFieldset({ filters, update }: { filters: FeedFilters; update: Update }) {
  const floor = (key: 'minQuality' | 'minHeat', label: string) => (
    <label className="flex items-center justify-between gap-3 text-sm">
      {label}
      <select
        value={filters[key] ?? ''}
        onChange={(e) =>
          update({ [key]: e.target.value === '' ? undefined : Number(e.target.value) })
        }
        className="rounded-sm border border-rule bg-paper py-1 pr-6 pl-2 text-sm"
      >
        <option value="">Any</option>
        {FLOORS.map((n) => (
          <option key={n} value={n}>
            {n}+
          </option>
        ))}
      </select>
    </label>
  )
  return (
    <fieldset className="flex min-w-0 flex-col gap-2">
      <legend className={legendClass}>Signals</legend>
      {floor('minQuality', 'Minimum quality')}
      {floor('minHeat', 'Minimum heat')}
      <label className="flex cursor-pointer items-center gap-2.5 py-0.5 text-sm hover:text-accent">
        <input
          type="checkbox"
          checked={filters.publishedOnly}
          onChange={() => update({ publishedOnly: !filters.publishedOnly })}
          className="size-4 accent-[var(--color-accent)]"
        />
        Published only
      </label>
    </fieldset>
  )
}
