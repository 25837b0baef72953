import { createBrowserRouter } from 'react-router'
import { NotFound } from '../components/not-found.tsx'
import { paths } from '../config/paths.ts'
import { queryClient } from '../lib/query-client.ts'
import { facetsQuery } from '../queries/data-queries.ts'
import { feedLoader, FeedRoute } from './routes/feed.tsx'
import { LoadingPage } from './routes/loading-page.tsx'
import { RootLayout } from './routes/root-layout.tsx'
import { RouteError } from './routes/route-error.tsx'
import { sourceLoader, SourceRoute } from './routes/source.tsx'
import { SavedRoute } from './routes/saved.tsx'
import { SettingsRoute } from './routes/settings.tsx'
import { SourcesRoute } from './routes/sources.tsx'
import { storyLoader, StoryRoute } from './routes/story.tsx'
import { topicLoader, TopicRoute } from './routes/topic.tsx'
import { TopicsRoute } from './routes/topics.tsx'

const facetsLoader = async () => {
  await queryClient.ensureQueryData(facetsQuery())
  return null
}

export const router = createBrowserRouter(
  [
    {
      element: <RootLayout />,
      children: [
        {
          errorElement: <RouteError />,
          HydrateFallback: LoadingPage,
          children: [
            { path: paths.feed.pattern, loader: feedLoader(queryClient), element: <FeedRoute /> },
            {
              path: paths.article.pattern,
              loader: storyLoader(queryClient),
              element: <StoryRoute />,
            },
            { path: paths.topics.pattern, loader: facetsLoader, element: <TopicsRoute /> },
            {
              path: paths.topic.pattern,
              loader: topicLoader(queryClient),
              element: <TopicRoute />,
            },
            { path: paths.sources.pattern, loader: facetsLoader, element: <SourcesRoute /> },
            {
              path: paths.source.pattern,
              loader: sourceLoader(queryClient),
              element: <SourceRoute />,
            },
            { path: paths.saved.pattern, loader: facetsLoader, element: <SavedRoute /> },
            { path: paths.settings.pattern, loader: facetsLoader, element: <SettingsRoute /> },
            { path: '*', element: <NotFound /> },
          ],
        },
      ],
    },
  ],
  { basename: import.meta.env.BASE_URL },
)
