import type { QueryClient } from '@tanstack/react-query'
import type { LoaderFunctionArgs } from 'react-router'
import { FeedView } from '../../components/feed-view.tsx'
import { prefetchFeed } from '../../queries/feed-queries.ts'
import { FeedLinks } from '../../components/subscribe-menu.tsx'

export const feedLoader =
  (queryClient: QueryClient) =>
  async ({ request }: LoaderFunctionArgs) => {
    await prefetchFeed(queryClient, new URL(request.url).searchParams)
    return null
  }

export function FeedRoute() {
  return (
    <>
      <h1 id="feed-title" className="sr-only">
        Latest stories
      </h1>
      <FeedLinks subject={{ kind: 'all' }} name="Broadsheet" />
      <FeedView
        labelledBy="feed-title"
        description="The latest stories of this news digest, with related coverage from other outlets."
      />
    </>
  )
}
