import { QueryClientProvider, type Query } from '@tanstack/react-query'
import { RouterProvider } from 'react-router/dom'
import { queryClient } from '../lib/query-client.ts'
import { dataKeys, forgetSearchIndex } from '../queries/data-queries.ts'
import { router } from './router.tsx'

if (import.meta.hot) {
  // The dev server tells us when an article file changed: refetch, keep the page and its state.
  import.meta.hot.on('broadsheet:data-update', ({ errors }) => {
    void refreshData()
    if (errors === 0) document.querySelectorAll('vite-error-overlay').forEach((el) => el.remove())
  })
}

/**
 * Reloads the data files, then what is computed from them. Feed results read facets and the
 * facet index through `ensureQueryData`, which hands back cached data, so the files must be
 * fresh before the results are recomputed; files nobody shows are dropped, not refetched.
 */
async function refreshData() {
  const isFile = (q: Query) => q.queryKey[1] !== dataKeys.feeds()[1]
  queryClient.removeQueries({ type: 'inactive' })
  await queryClient.invalidateQueries({ predicate: isFile })
  // Only now, with the new facets cached, may a search start a worker on the new index.
  forgetSearchIndex()
  queryClient.removeQueries({ queryKey: dataKeys.searches() })
  await queryClient.invalidateQueries({ queryKey: dataKeys.feeds() })
  await router.revalidate()
}

export function AppProvider() {
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  )
}
