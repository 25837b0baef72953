import { useSuspenseQueries, type QueryClient } from '@tanstack/react-query'
import { useEffect } from 'react'
import { data, useParams, type LoaderFunctionArgs } from 'react-router'
import { MoreStories, StoryNeighbours } from '../../components/story/more-stories.tsx'
import { PageMeta } from '../../components/page-meta.tsx'
import { FullCoverage } from '../../components/story/full-coverage.tsx'
import { StoryArticle } from '../../components/story/story-article.tsx'
import { paths } from '../../config/paths.ts'
import { DataNotFoundError } from '../../lib/errors.ts'
import { readerActions } from '../../lib/reader.ts'
import { articleRef } from '../../shared/reader-actions.ts'
import { useStoryNeighbours } from '../../hooks/use-story-neighbours.ts'
import { articleQuery, facetsQuery, neighbourQueries } from '../../queries/data-queries.ts'
import { neighbourPositions } from '../../shared/story-lists.ts'

export const storyLoader =
  (queryClient: QueryClient) =>
  async ({ params }: LoaderFunctionArgs) => {
    const slug = params.slug ?? ''
    if (!/^[a-z0-9-]+$/.test(slug)) throw data('Story not found', { status: 404 })
    try {
      const [facets, article] = await Promise.all([
        queryClient.ensureQueryData(facetsQuery()),
        queryClient.ensureQueryData(articleQuery(slug)),
      ])
      // The neighbours' titles start loading now, but the story does not wait for them.
      const { lists, shards } = neighbourQueries(article, facets.articleCount)
      for (const query of lists) void queryClient.prefetchQuery(query)
      for (const query of shards) void queryClient.prefetchQuery(query)
    } catch (error) {
      if (error instanceof DataNotFoundError) throw data('Story not found', { status: 404 })
      throw error
    }
    return null
  }

export function StoryRoute() {
  const { slug = '' } = useParams()
  const [{ data: article }, { data: facets }] = useSuspenseQueries({
    queries: [articleQuery(slug), facetsQuery()],
  })
  const neighbours = useStoryNeighbours(article, facets.articleCount)
  // Opening a story marks it read, and tells a saved copy its original link (for export).
  useEffect(() => {
    const story = articleRef(article)
    readerActions.markRead([story])
    readerActions.completeSaved(story)
  }, [article])
  const { moreOnTopic, moreFromProvider } = article
  return (
    <div className="mx-auto flex max-w-[1120px] flex-col gap-14">
      <PageMeta title={article.title} description={article.excerpt || undefined} />
      <div className="grid gap-12 lg:grid-cols-[minmax(0,1fr)_320px] lg:gap-16">
        <StoryArticle article={article} facets={facets} />
        <FullCoverage article={article} />
      </div>
      <div className="grid gap-12 lg:grid-cols-2">
        {moreOnTopic && (
          <MoreStories
            title={`More on ${moreOnTopic.topic.name}`}
            allHref={paths.topic.href(moreOnTopic.topic.slug)}
            expected={neighbourPositions(moreOnTopic.list.at, moreOnTopic.list.length).length}
            cards={neighbours.moreOnTopic}
            facets={facets}
          />
        )}
        <MoreStories
          title={`More from ${article.provider.name}`}
          allHref={paths.source.href(article.provider.domain)}
          expected={neighbourPositions(moreFromProvider.at, moreFromProvider.length).length}
          cards={neighbours.moreFromProvider}
          facets={facets}
        />
      </div>
      <StoryNeighbours newer={neighbours.newer} older={neighbours.older} />
    </div>
  )
}
