import { createBrowserRouter } from 'react-router'
import { paths } from '../config/paths.ts'
import { queryClient } from '../lib/query-client.ts'
import { feedLoader, FeedRoute } from './routes/feed.tsx'
import { RootLayout } from './routes/root-layout.tsx'

export const router = createBrowserRouter(
  [
    {
      element: <RootLayout />,
      children: [
        { path: paths.feed.pattern, loader: feedLoader(queryClient), element: <FeedRoute /> },
      ],
    },
  ],
  { basename: import.meta.env.BASE_URL },
)
