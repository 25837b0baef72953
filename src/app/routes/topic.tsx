import { useSuspenseQuery, type QueryClient } from '@tanstack/react-query'
import { data, Link, useParams, type LoaderFunctionArgs } from 'react-router'
import { FeedView } from '../../components/feed-view.tsx'
import { NotFound } from '../../components/not-found.tsx'
import { ProviderLogo } from '../../components/provider-logo.tsx'
import { paths } from '../../config/paths.ts'
import { facetsQuery } from '../../queries/data-queries.ts'
import { prefetchFeed } from '../../queries/feed-queries.ts'
import { countArticles } from '../../shared/count.ts'
import { FeedLinks, SubscribeMenu } from '../../components/subscribe-menu.tsx'
import { TrendChart } from '../../components/charts/trend-chart.tsx'

export const topicLoader =
  (queryClient: QueryClient) =>
  async ({ params, request }: LoaderFunctionArgs) => {
    const facets = await queryClient.ensureQueryData(facetsQuery())
    const topic = facets.topics.find((t) => t.slug === params.topicSlug)
    if (!topic) throw data('Topic not found', { status: 404 })
    await prefetchFeed(queryClient, new URL(request.url).searchParams, { baseTopic: topic.id })
    return null
  }

export function TopicRoute() {
  const { topicSlug } = useParams()
  const { data: facets } = useSuspenseQuery(facetsQuery())
  const topic = facets.topics.find((t) => t.slug === topicSlug)
  if (!topic) return <NotFound what="topic" />
  const sources = topic.topProviders.map((id) => facets.providers[id]!)
  const subject = { kind: 'topic', slug: topic.slug } as const
  return (
    <>
      <header className="mb-8 flex flex-col gap-3">
        {/* The kicker's row holds Subscribe: the headline and the stories start no lower. */}
        <div className="flex items-center justify-between gap-4">
          <p className="text-xs font-semibold tracking-[0.12em] text-accent uppercase">
            <Link to={paths.topics.href()} className="hover:underline">
              Topic
            </Link>
          </p>
          <SubscribeMenu subject={subject} name={topic.name} />
          <FeedLinks subject={subject} name={`${topic.name} — Broadsheet`} />
        </div>
        <h1 id="topic-title" className="font-serif text-[2.5rem] leading-[1.1] tracking-tight">
          {topic.name}
        </h1>
        <TrendChart of={{ topic: topic.id }} what={`stories about ${topic.name}`} inHeader />
        {sources.length > 0 && (
          <div className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm text-muted">
            <span>Most often from</span>
            <ul className="flex flex-wrap gap-x-4 gap-y-2" aria-label="Most frequent sources">
              {sources.map((p) => (
                <li key={p.domain}>
                  <Link
                    to={paths.source.href(p.domain)}
                    className="inline-flex items-center gap-1.5 text-ink hover:text-accent"
                  >
                    <ProviderLogo provider={p} size={18} />
                    {p.name}
                  </Link>
                </li>
              ))}
            </ul>
          </div>
        )}
      </header>
      <FeedView
        baseTopic={topic}
        labelledBy="topic-title"
        description={`${countArticles(topic.count)} about ${topic.name}.`}
      />
      <TrendChart of={{ topic: topic.id }} what={`stories about ${topic.name}`} />
    </>
  )
}
