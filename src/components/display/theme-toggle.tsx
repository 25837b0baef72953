import { Monitor, Moon, Sun } from 'lucide-react'
import { useReader } from '../../hooks/use-reader.ts'
import { cn } from '../../lib/cn.ts'
import { setPreference, type Preferences } from '../../lib/reader.ts'

type Theme = Preferences['theme']

export const THEMES: { value: Theme; label: string }[] = [
  { value: 'system', label: 'System' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
]
const ICONS = { system: Monitor, light: Sun, dark: Moon }

/** One button in the masthead: System → Light → Dark, remembered. */
export function ThemeToggle({ className }: { className?: string }) {
  const theme = useReader((state) => state.preferences.theme)
  const at = THEMES.findIndex((t) => t.value === theme)
  const next = THEMES[(at + 1) % THEMES.length]!
  const Icon = ICONS[theme]
  const label = `Theme: ${THEMES[at]!.label}. Switch to ${next.label.toLowerCase()}`
  return (
    <button
      type="button"
      onClick={() => setPreference('theme', next.value)}
      aria-label={label}
      title={label}
      className={cn(
        'grid size-9 shrink-0 place-items-center rounded-sm text-muted hover:bg-paper-raised hover:text-ink',
        className,
      )}
    >
      <Icon className="size-[1.125rem]" strokeWidth={1.75} aria-hidden="true" />
    </button>
  )
}
