import { List } from 'lucide-react'
import type { View } from '../../shared/feed-params.ts'
import { ToolbarToggle } from './toolbar-toggle.tsx'

/**
 * The compact list or the cards: one toggle button in the feed's toolbar ("List view",
 * pressed while the feed is a list). One button, not a Cards | List pair, so a phone's
 * toolbar stays one line under the masthead.
 */
export function ViewToggle({ value, onChange }: { value: View; onChange: (view: View) => void }) {
  const list = value === 'list'
  return (
    <ToolbarToggle
      pressed={list}
      onToggle={() => onChange(list ? 'cards' : 'list')}
      icon={List}
      label="List view"
      shortLabel="List"
      title={list ? 'List view (press for cards)' : 'List view'}
      labelClass="max-sm:hidden"
    />
  )
}
