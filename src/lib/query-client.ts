import { QueryClient } from '@tanstack/react-query'
import { DataNotFoundError } from './errors.ts'

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // A missing file will not appear on retry; a flaky network might recover.
      retry: (failures, error) => !(error instanceof DataNotFoundError) && failures < 2,
      refetchOnWindowFocus: false,
    },
  },
})
