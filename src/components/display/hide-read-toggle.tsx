import { EyeOff } from 'lucide-react'
import { cn } from '../../lib/cn.ts'

/** "Hide read" (`unread=1`): an icon button beside the layout toggle, pressed while on. */
export function HideReadToggle({
  value,
  onChange,
}: {
  value: boolean
  onChange: (on: boolean) => void
}) {
  return (
    <button
      type="button"
      aria-pressed={value}
      onClick={() => onChange(!value)}
      title={
        value ? 'Hiding stories you have read (press to show them)' : 'Hide stories you have read'
      }
      className={cn(
        'flex h-8 min-w-8 items-center justify-center gap-1.5 rounded-sm border px-1.5 text-sm sm:px-2',
        value ? 'border-ink bg-ink text-paper' : 'border-rule text-muted hover:text-ink',
      )}
    >
      <EyeOff className="size-4" strokeWidth={1.75} aria-hidden="true" />
      <span className="sr-only">Hide read</span>
      <span aria-hidden="true" className="max-lg:hidden">
        Hide read
      </span>
    </button>
  )
}
