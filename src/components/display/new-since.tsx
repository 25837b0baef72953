import { useQuery } from '@tanstack/react-query'
import { useEffect } from 'react'
import { readerActions, seenBeforeThisVisit } from '../../lib/reader.ts'
import { facetIndexQuery, facetsQuery } from '../../queries/data-queries.ts'
import { countNewSince, hasNewSince } from '../../shared/new-since.ts'

/**
 * How many stories came after the newest one the reader had been shown before this visit
 * (counted on the facet index, which the feed loads anyway): " · 12 new" after the story count
 * (`inline`), or on a phone "12 new" as a line of its own, in place of `fallback`. Also records,
 * once the collection is known, that this visit has shown its newest story.
 */
export function NewSince({
  variant = 'inline',
  fallback = null,
}: {
  variant?: 'inline' | 'line'
  fallback?: React.ReactNode
}) {
  const { data: facets } = useQuery(facetsQuery())
  const newest = facets?.newest
  const any = hasNewSince(seenBeforeThisVisit, newest)
  const { data: index } = useQuery({ ...facetIndexQuery(), enabled: any })
  useEffect(() => {
    if (newest) readerActions.markSeen(newest)
  }, [newest])
  const count =
    any && index && seenBeforeThisVisit !== undefined
      ? countNewSince(index, seenBeforeThisVisit)
      : 0
  if (count === 0) return fallback
  return (
    <span className="font-semibold whitespace-nowrap text-accent">
      {variant === 'inline' && ' · '}
      {count.toLocaleString()} new
      <span className="sr-only"> since your last visit</span>
    </span>
  )
}
