import { useQuery } from '@tanstack/react-query'
import { facetsQuery } from '../queries/data-queries.ts'

/**
 * The date of the collection's newest story: "now" for relative dates and date presets, as a
 * digest folder may be years old. Undefined until facets.json is in (or for an empty one).
 */
export function useNewestStory(): string | undefined {
  return useQuery(facetsQuery()).data?.newest
}
