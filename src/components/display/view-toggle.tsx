import { LayoutGrid, List } from 'lucide-react'
import { cn } from '../../lib/cn.ts'
import type { View } from '../../shared/feed-params.ts'

const OPTIONS = [
  { value: 'cards', label: 'Cards', Icon: LayoutGrid },
  { value: 'list', label: 'List', Icon: List },
] as const

/** Cards or a compact list: two pressed/unpressed buttons in the feed's toolbar. */
export function ViewToggle({ value, onChange }: { value: View; onChange: (view: View) => void }) {
  return (
    <div role="group" aria-label="Layout" className="flex rounded-sm border border-rule">
      {OPTIONS.map(({ value: option, label, Icon }) => (
        <button
          key={option}
          type="button"
          aria-pressed={value === option}
          onClick={() => onChange(option)}
          title={`${label} view`}
          className={cn(
            'flex h-8 items-center gap-1.5 px-2 text-sm first:rounded-l-sm last:rounded-r-sm',
            value === option ? 'bg-ink text-paper' : 'text-muted hover:text-ink',
          )}
        >
          <Icon className="size-4" strokeWidth={1.75} aria-hidden="true" />
          <span className="max-sm:sr-only">{label}</span>
        </button>
      ))}
    </div>
  )
}
