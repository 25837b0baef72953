import { useSuspenseQuery } from '@tanstack/react-query'
import { useId } from 'react'
import { THEMES } from '../../components/display/theme-toggle.tsx'
import { PageMeta } from '../../components/page-meta.tsx'
import { useFocusAfterRemoval } from '../../hooks/use-focus-after-removal.ts'
import { useReader } from '../../hooks/use-reader.ts'
import { readerActions, setPreference, type Preferences } from '../../lib/reader.ts'
import { facetsQuery } from '../../queries/data-queries.ts'

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
      <Mutes />
    </section>
  )
}

const MUTES_FOCUS = { items: 'li', fallback: '#muted-title' }

/** The muted topics and sources, each with its way back. */
function Mutes() {
  // Unmute moves focus to the mute now in its place, or to the heading when none is left.
  const list = useFocusAfterRemoval<HTMLDivElement>(MUTES_FOCUS)
  const { data: facets } = useSuspenseQuery(facetsQuery())
  const muted = useReader((state) => state.muted)
  const topicNames = new Map(facets.topics.map((t) => [t.slug, t.name]))
  const sourceNames = new Map(facets.providers.map((p) => [p.domain, p.name]))
  const rows = [
    ...muted.sources.map((key) => ({
      kind: 'sources' as const,
      key,
      name: sourceNames.get(key) ?? key,
      what: 'Source',
    })),
    ...muted.topics.map((key) => ({
      kind: 'topics' as const,
      key,
      name: topicNames.get(key) ?? key,
      what: 'Topic',
    })),
  ]
  return (
    <div ref={list}>
      <h2
        id="muted-title"
        tabIndex={-1}
        className="mt-10 mb-2 font-serif text-[1.375rem] outline-none"
      >
        Muted
      </h2>
      {rows.length === 0 ? (
        <p className="text-sm text-muted">
          Nothing muted. A story’s ⋯ menu mutes its source or one of its topics.
        </p>
      ) : (
        <ul aria-label="Muted topics and sources" className="border-b border-rule">
          {rows.map((row) => (
            <li
              key={`${row.kind}:${row.key}`}
              className="flex items-center justify-between gap-3 border-t border-rule py-2 text-sm"
            >
              <span>
                <span className="text-muted">{row.what}:</span> {row.name}
              </span>
              <button
                type="button"
                onClick={() => readerActions.setMuted(row.kind, row.key, false)}
                aria-label={`Unmute ${row.name}`}
                className="min-h-9 rounded-sm border border-rule px-3 hover:border-accent hover:text-accent"
              >
                Unmute
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
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
