import { onlineManager, QueryClient } from '@tanstack/react-query'
import { DataNotFoundError, NewVersionError } from './errors.ts'

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // A missing file will not appear on retry (nor an old deploy come back); a flaky network
      // might recover.
      // might recover. Offline, a retry would wait (paused) until the browser is online again:
      // the page says it is offline instead.
      retry: (failures, error) =>
        onlineManager.isOnline() &&
        !(error instanceof DataNotFoundError || error instanceof NewVersionError) &&
        failures < 2,
      refetchOnWindowFocus: false,
      // Offline, the service worker may well have the file: ask it rather than pause the query
      // until the browser is back online (the default, 'online').
      networkMode: 'offlineFirst',
    },
  },
})

// TanStack Query assumes it starts online and then follows the online/offline events: a page
// opened offline (from the service worker) starts offline instead.
if (typeof navigator !== 'undefined' && !navigator.onLine) onlineManager.setOnline(false)
