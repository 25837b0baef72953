import { QueryClient } from '@tanstack/react-query'
import { DataNotFoundError, NewVersionError } from './errors.ts'

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // A missing file will not appear on retry (nor an old deploy come back); a flaky network
      // might recover.
      retry: (failures, error) =>
        !(error instanceof DataNotFoundError || error instanceof NewVersionError) && failures < 2,
      refetchOnWindowFocus: false,
      // Offline, the service worker may well have the file: ask it rather than pause the query
      // until the browser is back online (the default, 'online').
      networkMode: 'offlineFirst',
    },
  },
})
