import { createBrowserRouter } from 'react-router'
import { NotFound } from '../components/not-found.tsx'
import { paths } from '../config/paths.ts'
import { whenIdle } from '../lib/idle.ts'
import { queryClient } from '../lib/query-client.ts'
import { facetsQuery } from '../queries/data-queries.ts'
import { feedLoader, FeedRoute } from './routes/feed.tsx'
import { LoadingPage } from './routes/loading-page.tsx'
import { RootLayout } from './routes/root-layout.tsx'
import { RouteError } from './routes/route-error.tsx'
import { sourceLoader, SourceRoute } from './routes/source.tsx'
import { topicLoader, TopicRoute } from './routes/topic.tsx'

const facetsLoader = async () => {
  await queryClient.ensureQueryData(facetsQuery())
  return null
}

/*
 * The feed (and the topic and source pages, which are feeds) come with the first load; the other
 * pages are chunks of their own, fetched at idle after the first paint (preloadPages) or when
 * opened, whichever is first. The service worker keeps them all for offline use.
 */
const pages = {
  story: () => import('./routes/story.tsx'),
  topics: () => import('./routes/topics.tsx'),
  sources: () => import('./routes/sources.tsx'),
  saved: () => import('./routes/saved.tsx'),
  settings: () => import('./routes/settings.tsx'),
}

/** Fetches the other pages' chunks once the browser is idle, so opening one does not wait. */
export function preloadPages() {
  whenIdle(() => {
    for (const load of Object.values(pages)) void load().catch(() => undefined)
  })
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
              lazy: async () => {
                const { storyLoader, StoryRoute } = await pages.story()
                return { loader: storyLoader(queryClient), Component: StoryRoute }
              },
            },
            {
              path: paths.topics.pattern,
              loader: facetsLoader,
              lazy: async () => ({ Component: (await pages.topics()).TopicsRoute }),
            },
            {
              path: paths.topic.pattern,
              loader: topicLoader(queryClient),
              element: <TopicRoute />,
            },
            {
              path: paths.sources.pattern,
              loader: facetsLoader,
              lazy: async () => ({ Component: (await pages.sources()).SourcesRoute }),
            },
            {
              path: paths.source.pattern,
              loader: sourceLoader(queryClient),
              element: <SourceRoute />,
            },
            {
              path: paths.saved.pattern,
              loader: facetsLoader,
              lazy: async () => ({ Component: (await pages.saved()).SavedRoute }),
            },
            {
              path: paths.settings.pattern,
              loader: facetsLoader,
              lazy: async () => ({ Component: (await pages.settings()).SettingsRoute }),
            },
            { path: '*', element: <NotFound /> },
          ],
        },
      ],
    },
  ],
  { basename: import.meta.env.BASE_URL },
)
