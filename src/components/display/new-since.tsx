import { useQuery } from '@tanstack/react-query'
import { useEffect } from 'react'
import { readerActions, seenBeforeThisVisit } from '../../lib/reader.ts'
import { facetIndexQuery, facetsQuery } from '../../queries/data-queries.ts'
import { countNewSince, hasNewSince } from '../../shared/new-since.ts'

/**
 * " · 12 new" in the masthead: the stories after the newest one the reader had been shown
 * before this visit (counted on the facet index, which the feed loads anyway). Also records,
 * once the collection is known, that this visit has shown its newest story.
 */
export function NewSince() {
  const { data: facets } = useQuery(facetsQuery())
  const newest = facets?.newest
  const any = hasNewSince(seenBeforeThisVisit, newest)
  const { data: index } = useQuery({ ...facetIndexQuery(), enabled: any })
  useEffect(() => {
    if (newest) readerActions.markSeen(newest)
  }, [newest])
  if (!any || !index || seenBeforeThisVisit === undefined) return null
  const count = countNewSince(index, seenBeforeThisVisit)
  if (count === 0) return null
  return (
    <span className="font-semibold whitespace-nowrap text-accent">
      {' '}
      · {count.toLocaleString()} new
      <span className="sr-only"> since your last visit</span>
    </span>
  )
}
