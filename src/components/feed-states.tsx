import { RotateCw, SearchX } from 'lucide-react'
import { cn } from '../lib/cn.ts'
import { useOnline } from '../hooks/use-online.ts'

/** Placeholder cards of the right shape while the feed loads; shimmer only without reduced motion. */
export function FeedSkeleton({ count = 6, className }: { count?: number; className?: string }) {
  return (
    <div
      aria-hidden="true"
      className={cn('grid gap-x-8 gap-y-10 sm:grid-cols-2 xl:grid-cols-3', className)}
    >
      {Array.from({ length: count }, (_, i) => (
        <div key={i} className="flex flex-col gap-3" data-testid="skeleton-card">
          <div className="aspect-[16/9] rounded-sm bg-paper-raised motion-safe:animate-pulse" />
          <div className="h-3 w-1/3 rounded-sm bg-paper-raised motion-safe:animate-pulse" />
          <div className="h-5 w-11/12 rounded-sm bg-paper-raised motion-safe:animate-pulse" />
          <div className="h-5 w-3/4 rounded-sm bg-paper-raised motion-safe:animate-pulse" />
          <div className="h-3 w-full rounded-sm bg-paper-raised motion-safe:animate-pulse" />
        </div>
      ))}
    </div>
  )
}

interface EmptyFeedProps {
  heading?: string
  /** What filtered everything out, e.g. "is about AI Ethics from BBC". */
  description?: string
  onClear?: () => void
  /** The view's exclusions, each with a way to take it back. */
  exclusions?: { label: string; onUndo: () => void }[]
  /** A nearby view that has stories (for a date range outside the collection). */
  suggestion?: { text: string; action: string; onApply: () => void }
}

export function EmptyFeed({
  heading = 'No stories match these filters',
  description,
  onClear,
  exclusions = [],
  suggestion,
}: EmptyFeedProps) {
  return (
    <div className="flex flex-col items-start gap-3 border-y border-rule py-12">
      <SearchX className="size-8 text-muted" strokeWidth={1.5} aria-hidden="true" />
      <h2 className="font-serif text-[1.375rem]">{heading}</h2>
      <p className="max-w-prose text-muted">
        {description ? `Nothing in this collection ${description}. ` : ''}Remove a filter to widen
        the view.
      </p>
      {exclusions.length > 0 && (
        <p className="max-w-prose">
          You are hiding stories with {exclusions.map((e) => e.label).join(' and ')}.
        </p>
      )}
      {suggestion && <p className="max-w-prose">{suggestion.text}</p>}
      <div className="flex flex-wrap gap-3">
        {exclusions.map((e) => (
          <button
            key={e.label}
            type="button"
            onClick={e.onUndo}
            className="rounded-sm bg-ink px-4 py-2 text-sm font-medium text-paper hover:bg-accent"
          >
            Show {e.label} again
          </button>
        ))}
        {suggestion && (
          <button
            type="button"
            onClick={suggestion.onApply}
            className="rounded-sm bg-ink px-4 py-2 text-sm font-medium text-paper hover:bg-accent"
          >
            {suggestion.action}
          </button>
        )}
        {onClear && (
          <button
            type="button"
            onClick={onClear}
            className={
              suggestion || exclusions.length > 0
                ? 'rounded-sm border border-rule px-4 py-2 text-sm font-medium hover:border-accent'
                : 'rounded-sm bg-ink px-4 py-2 text-sm font-medium text-paper hover:bg-accent'
            }
          >
            Clear all filters
          </button>
        )}
      </div>
    </div>
  )
}

interface LoadErrorProps {
  error?: unknown
  onRetry: () => void
  title?: string
}

/** A failed data load, with a way to try again. */
export function LoadError({
  error,
  onRetry,
  title = 'The stories could not be loaded',
}: LoadErrorProps) {
  const detail = error instanceof Error ? error.message : undefined
  const online = useOnline()
  return (
    <div role="alert" className="flex flex-col items-start gap-3 border-y border-rule py-12">
      <h2 className="font-serif text-[1.375rem]">{title}</h2>
      <p className="max-w-prose text-muted">
        {online
          ? `Check your connection and try again.${detail ? ` (${detail})` : ''}`
          : 'You are offline, and this page was not opened on this device before, so it is not kept here. Pages you have opened, the feed and your saved stories still work.'}
      </p>
      <button
        type="button"
        onClick={onRetry}
        className="inline-flex items-center gap-2 rounded-sm bg-ink px-4 py-2 text-sm font-medium text-paper hover:bg-accent"
      >
        <RotateCw className="size-4" strokeWidth={1.75} aria-hidden="true" />
        Try again
      </button>
    </div>
  )
}
