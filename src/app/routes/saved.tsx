import { useSuspenseQuery } from '@tanstack/react-query'
import { Bookmark, Download, Upload } from 'lucide-react'
import { useId, useMemo, useRef, useState } from 'react'
import { Link, useSearchParams } from 'react-router'
import { PageMeta } from '../../components/page-meta.tsx'
import { ProviderLogo } from '../../components/provider-logo.tsx'
import { StoryTime } from '../../components/story-time.tsx'
import { paths, withBase } from '../../config/paths.ts'
import { useFocusAfterRemoval } from '../../hooks/use-focus-after-removal.ts'
import { useReader } from '../../hooks/use-reader.ts'
import { readerActions } from '../../lib/reader.ts'
import { facetsQuery } from '../../queries/data-queries.ts'
import { countStories } from '../../shared/count.ts'
import type { ProviderRef } from '../../shared/data.ts'
import {
  filterSaved,
  parseSavedParams,
  savedSources,
  serializeSavedParams,
} from '../../shared/saved-list.ts'
import { exportSavedJson, exportSavedMarkdown, importSaved } from '../../shared/saved-export.ts'

const field = 'rounded-sm border border-rule bg-paper px-3 py-1.5 text-sm'
const action =
  'inline-flex min-h-9 items-center gap-2 rounded-sm border border-rule px-3 text-sm hover:border-accent hover:text-accent'

/** Offers a file to the browser's downloads. */
function download(name: string, type: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type }))
  const a = Object.assign(document.createElement('a'), { href: url, download: name })
  a.click()
  setTimeout(() => URL.revokeObjectURL(url), 0)
}

const SAVED_FOCUS = { items: 'li', fallback: '#saved-title' }

/** The reader's saved stories, with their own filters (in the URL), export and import. */
export function SavedRoute() {
  // Unsave moves focus to the story now in its place.
  const section = useFocusAfterRemoval<HTMLElement>(SAVED_FOCUS)
  const { data: facets } = useSuspenseQuery(facetsQuery())
  const saved = useReader((state) => state.saved)
  const [params, setParams] = useSearchParams()
  const filters = useMemo(() => parseSavedParams(params), [params])
  const shown = useMemo(() => filterSaved(saved, filters), [saved, filters])
  const sources = savedSources(saved)
  const providers = useMemo(() => new Map(facets.providers.map((p) => [p.domain, p])), [facets])
  const set = (next: Partial<typeof filters>) =>
    setParams(serializeSavedParams({ ...filters, ...next }), { replace: true })
  // An absolute link to the story's page here (router links are relative to the base path).
  const storyUrl = (slug: string) =>
    new URL(withBase(paths.article.href(slug).slice(1)), location.origin).href

  return (
    <section ref={section} aria-labelledby="saved-title" className="mx-auto max-w-4xl">
      <PageMeta title="Saved stories" />
      <header className="mb-6 flex flex-wrap items-end justify-between gap-4 border-b border-rule pb-4">
        <div>
          <h1
            id="saved-title"
            tabIndex={-1}
            className="outline-none font-serif text-[2.5rem] leading-[1.1] tracking-tight"
          >
            Saved stories
          </h1>
          <p aria-live="polite" className="text-sm text-muted">
            {countStories(saved.length)} saved in this browser
          </p>
        </div>
        <div className="flex flex-wrap gap-2">
          <button
            type="button"
            className={action}
            disabled={saved.length === 0}
            onClick={() =>
              download(
                'broadsheet-saved.json',
                'application/json',
                exportSavedJson(saved, new Date().toISOString()),
              )
            }
          >
            <Download className="size-4" aria-hidden="true" /> Export JSON
          </button>
          <button
            type="button"
            className={action}
            disabled={saved.length === 0}
            onClick={() =>
              download('broadsheet-saved.md', 'text/markdown', exportSavedMarkdown(saved, storyUrl))
            }
          >
            <Download className="size-4" aria-hidden="true" /> Export Markdown
          </button>
          <ImportButton />
        </div>
      </header>
      {saved.length === 0 ? (
        <p className="flex items-center gap-2 text-muted">
          <Bookmark className="size-4" aria-hidden="true" />
          Nothing saved yet: press the bookmark on a story, or <kbd>s</kbd>, to keep it here.
        </p>
      ) : (
        <>
          <search className="mb-4 flex flex-wrap gap-3">
            <input
              type="search"
              value={filters.q}
              onChange={(e) => set({ q: e.target.value })}
              aria-label="Filter saved stories"
              placeholder="Filter by title…"
              className={`${field} w-64 placeholder:text-muted`}
            />
            <select
              aria-label="Source"
              value={filters.source ?? ''}
              onChange={(e) => set({ source: e.target.value || undefined })}
              className={field}
            >
              <option value="">All sources</option>
              {sources.map((s) => (
                <option key={s.source} value={s.source}>
                  {providers.get(s.source)?.name ?? s.source} ({s.count})
                </option>
              ))}
            </select>
            <select
              aria-label="Order"
              value={filters.sort}
              onChange={(e) => set({ sort: e.target.value === 'newest' ? 'newest' : 'saved' })}
              className={field}
            >
              <option value="saved">Saved most recently</option>
              <option value="newest">Newest stories</option>
            </select>
          </search>
          <p role="status" className="mb-2 text-sm font-medium">
            {shown.length === saved.length
              ? ''
              : `${countStories(shown.length)} of ${saved.length}`}
          </p>
          <ul aria-label="Saved stories" className="border-b border-rule">
            {shown.map((story) => {
              const provider: ProviderRef = providers.get(story.source) ?? {
                domain: story.source,
                name: story.source,
              }
              return (
                <li key={story.slug} className="flex items-center gap-3 border-t border-rule py-2">
                  <ProviderLogo provider={provider} size={20} />
                  <div className="min-w-0 flex-1">
                    <Link
                      to={paths.article.href(story.slug)}
                      className="font-serif text-[1.0625rem] font-medium hover:text-accent hover:underline"
                    >
                      {story.title}
                    </Link>
                    <p className="text-xs text-muted">
                      {provider.name} · <StoryTime date={story.date} />
                    </p>
                  </div>
                  <button
                    type="button"
                    onClick={() => readerActions.toggleSaved(story)}
                    aria-label={`Unsave: ${story.title}`}
                    className="min-h-9 rounded-sm px-2 text-sm text-muted hover:text-accent"
                  >
                    Unsave
                  </button>
                </li>
              )
            })}
          </ul>
        </>
      )}
    </section>
  )
}

/** Reads an exported file and merges it into the saved stories; says what it did. */
function ImportButton() {
  const input = useRef<HTMLInputElement>(null)
  const [message, setMessage] = useState('')
  const id = useId()
  const onFile = async (file: File | undefined) => {
    if (!file) return
    const text = await file.text()
    let result: ReturnType<typeof importSaved> | undefined
    readerActions.replaceSaved((current) => {
      result = importSaved(text, current)
      return result.ok ? result.saved : current
    })
    if (!result) return
    setMessage(
      result.ok
        ? `Imported ${countStories(result.added)}${result.skipped ? `; skipped ${result.skipped} that could not be read` : ''}.`
        : result.error,
    )
    if (input.current) input.current.value = ''
  }
  return (
    <>
      <label htmlFor={id} className={`${action} cursor-pointer has-focus-visible:outline-2`}>
        <Upload className="size-4" aria-hidden="true" /> Import JSON
      </label>
      <input
        ref={input}
        id={id}
        type="file"
        accept="application/json,.json"
        className="sr-only"
        onChange={(e) => void onFile(e.target.files?.[0])}
      />
      <p role="status" className="w-full text-sm text-muted">
        {message}
      </p>
    </>
  )
}
