import type { LucideIcon } from 'lucide-react'
import { cn } from '../../lib/cn.ts'

/**
 * An on/off button of the feed's toolbar: an icon and its name (the accessible name always; a
 * visible label from a width up), pressed while on, in ink.
 */
export function ToolbarToggle({
  pressed,
  onToggle,
  icon: Icon,
  label,
  title,
  shortLabel = label,
  labelClass,
}: {
  pressed: boolean
  onToggle: () => void
  icon: LucideIcon
  label: string
  title: string
  /** The visible label, when shorter than the name. */
  shortLabel?: string
  /** Hides the visible label below a width (`max-sm:hidden`). */
  labelClass: string
}) {
  return (
    <button
      type="button"
      aria-pressed={pressed}
      onClick={onToggle}
      title={title}
      className={cn(
        'flex h-8 min-w-8 items-center justify-center gap-1.5 rounded-sm border px-1.5 text-sm sm:px-2',
        pressed ? 'border-ink bg-ink text-paper' : 'border-rule text-muted hover:text-ink',
      )}
    >
      <Icon className="size-4" strokeWidth={1.75} aria-hidden="true" />
      <span className="sr-only">{label}</span>
      <span aria-hidden="true" className={labelClass}>
        {shortLabel}
      </span>
    </button>
  )
}
