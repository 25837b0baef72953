import { useId } from 'react'
import { SORTS, type Sort } from '../../shared/feed-params.ts'

const LABELS: Record<Sort, string> = {
  // Short, so a phone's toolbar stays one line.
  newest: 'Newest',
  oldest: 'Oldest',
  rising: 'Rising',
  heat: 'Hottest',
  quality: 'Top quality',
  relevance: 'Best match',
}

interface SortSelectProps {
  value: Sort
  onChange: (sort: Sort) => void
  /** Offer "Best match": only while searching. */
  searching: boolean
}

export function SortSelect({ value, onChange, searching }: SortSelectProps) {
  const id = useId()
  return (
    <div className="flex items-center gap-2 text-sm">
      <label htmlFor={id} className="sr-only text-muted sm:not-sr-only">
        Sort
      </label>
      <select
        id={id}
        value={value}
        onChange={(e) => onChange(e.target.value as Sort)}
        className="rounded-sm border border-rule bg-paper py-1.5 pr-7 pl-2 text-sm"
      >
        {SORTS.filter((s) => searching || s !== 'relevance').map((s) => (
          <option key={s} value={s}>
            {LABELS[s]}
          </option>
        ))}
      </select>
    </div>
  )
}
