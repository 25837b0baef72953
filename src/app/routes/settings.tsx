import { useId } from 'react'
import { THEMES } from '../../components/display/theme-toggle.tsx'
import { PageMeta } from '../../components/page-meta.tsx'
import { useReader } from '../../hooks/use-reader.ts'
import { setPreference, type Preferences } from '../../lib/reader.ts'

const VIEWS: { value: Preferences['view']; label: string }[] = [
  { value: 'cards', label: 'Cards' },
  { value: 'list', label: 'List (one line per story)' },
]
const TEXT_SIZES: { value: Preferences['textSize']; label: string }[] = [
  { value: 'small', label: 'Small' },
  { value: 'normal', label: 'Normal' },
  { value: 'large', label: 'Large' },
]

/** The reader's settings, kept in this browser only. */
export function SettingsRoute() {
  const preferences = useReader((state) => state.preferences)
  return (
    <section aria-labelledby="settings-title" className="mx-auto max-w-2xl">
      <PageMeta title="Settings" />
      <header className="mb-8 border-b border-rule pb-4">
        <h1 id="settings-title" className="font-serif text-[2.5rem] leading-[1.1] tracking-tight">
          Settings
        </h1>
        <p className="text-sm text-muted">Kept in this browser only; no account, no server.</p>
      </header>
      <h2 className="mb-4 font-serif text-[1.375rem]">Display</h2>
      <div className="grid gap-6">
        <Choice
          legend="Theme"
          options={THEMES}
          value={preferences.theme}
          onChange={(v) => setPreference('theme', v)}
        />
        <Choice
          legend="Story layout"
          options={VIEWS}
          value={preferences.view}
          onChange={(v) => setPreference('view', v)}
        />
        <Choice
          legend="Text size"
          options={TEXT_SIZES}
          value={preferences.textSize}
          onChange={(v) => setPreference('textSize', v)}
        />
      </div>
    </section>
  )
}

function Choice<T extends string>({
  legend,
  options,
  value,
  onChange,
}: {
  legend: string
  options: { value: T; label: string }[]
  value: T
  onChange: (value: T) => void
}) {
  const name = useId()
  return (
    <fieldset>
      <legend className="mb-2 text-sm font-medium">{legend}</legend>
      <div className="flex flex-wrap gap-2">
        {options.map((option) => (
          <label
            key={option.value}
            className="flex min-h-11 cursor-pointer items-center gap-2 rounded-sm border border-rule px-3 text-sm has-checked:border-accent has-checked:bg-accent-soft"
          >
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
              className="accent-accent"
            />
            {option.label}
          </label>
        ))}
      </div>
    </fieldset>
  )
}
