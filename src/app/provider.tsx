import { QueryClientProvider } from '@tanstack/react-query'
import { RouterProvider } from 'react-router/dom'
import { queryClient } from '../lib/query-client.ts'
import { router } from './router.tsx'

if (import.meta.hot) {
  // The dev server tells us when an article file changed: refetch, keep the page and its state.
  import.meta.hot.on('broadsheet:data-update', ({ errors }) => {
    void queryClient.invalidateQueries().then(() => router.revalidate())
    if (errors === 0) document.querySelectorAll('vite-error-overlay').forEach((el) => el.remove())
  })
}

export function AppProvider() {
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  )
}
