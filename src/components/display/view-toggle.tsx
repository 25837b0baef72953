import { List } from 'lucide-react'
import { cn } from '../../lib/cn.ts'
import type { View } from '../../shared/feed-params.ts'

/**
 * The compact list or the cards: one toggle button in the feed's toolbar ("List view",
 * pressed while the feed is a list). One button, not a Cards | List pair, so a phone's
 * toolbar stays one line under the masthead.
 */
export function ViewToggle({ value, onChange }: { value: View; onChange: (view: View) => void }) {
  const list = value === 'list'
  return (
    <button
      type="button"
      aria-pressed={list}
      onClick={() => onChange(list ? 'cards' : 'list')}
      title={list ? 'List view (press for cards)' : 'List view'}
      className={cn(
        'flex h-8 min-w-8 items-center justify-center gap-1.5 rounded-sm border px-1.5 text-sm sm:px-2',
        list ? 'border-ink bg-ink text-paper' : 'border-rule text-muted hover:text-ink',
      )}
    >
      <List className="size-4" strokeWidth={1.75} aria-hidden="true" />
      <span className="sr-only">List view</span>
      <span aria-hidden="true" className="max-sm:hidden">
        List
      </span>
    </button>
  )
}
