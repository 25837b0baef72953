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

export const sourceLoader =
  (queryClient: QueryClient) =>
  async ({ params, request }: LoaderFunctionArgs) => {
    const facets = await queryClient.ensureQueryData(facetsQuery())
    const provider = facets.providers.find((p) => p.domain === params.domain?.toLowerCase())
    if (!provider) throw data('Source not found', { status: 404 })
    await prefetchFeed(queryClient, new URL(request.url).searchParams, {
      baseProvider: provider.id,
    })
    return null
  }

export function SourceRoute() {
  const { domain } = useParams()
  const { data: facets } = useSuspenseQuery(facetsQuery())
  const provider = facets.providers.find((p) => p.domain === domain?.toLowerCase())
  if (!provider) return <NotFound what="source" />
  const topics = provider.topTopics.map((id) => facets.topics[id]!)
  const subject = { kind: 'source', domain: provider.domain } as const
  return (
    <>
      <header className="mb-8 flex flex-col gap-3">
        <p className="text-xs font-semibold tracking-[0.12em] text-accent uppercase">
          <Link to={paths.sources.href()} className="hover:underline">
            Source
          </Link>
        </p>
        <div className="flex items-center gap-4">
          <ProviderLogo provider={provider} size={48} className="rounded" />
          <div>
            <h1 id="source-title" className="font-serif text-[2.5rem] leading-[1.1] tracking-tight">
              {provider.name}
            </h1>
            <p className="text-sm text-muted">{provider.domain}</p>
          </div>
          <SubscribeMenu subject={subject} name={provider.name} className="ml-auto self-end" />
          <FeedLinks subject={subject} name={`${provider.name} — Broadsheet`} />
        </div>
        <TrendChart
          of={{ provider: provider.id }}
          what={`stories from ${provider.name}`}
          inHeader
        />
        {topics.length > 0 && (
          <div className="flex flex-wrap items-center gap-x-3 gap-y-2 text-sm text-muted">
            <span>Writes most about</span>
            {/* The topic mix: each topic's share of the source's stories, as a word and a bar. */}
            <ul className="flex flex-wrap gap-1.5" aria-label="Most frequent topics">
              {topics.map((t, i) => {
                const share = shareOf(provider.topTopicCounts?.[i], provider.count)
                return (
                  <li
                    key={t.slug}
                    className="inline-flex items-center gap-1.5 rounded-full border border-rule px-2 py-0.5 text-xs text-muted"
                  >
                    {/* The link's name stays the topic's; its share is beside it. */}
                    <Link
                      to={paths.topic.href(t.slug)}
                      className="hover:text-accent hover:underline"
                    >
                      {t.name}
                    </Link>
                    {share !== undefined && (
                      <>
                        <span
                          aria-hidden="true"
                          className="relative h-1.5 w-8 overflow-hidden rounded-full bg-rule"
                        >
                          <span
                            className="absolute inset-y-0 left-0 bg-accent"
                            style={{ width: `${share}%` }}
                          />
                        </span>
                        <span className="tabular-nums">
                          {share}%<span className="sr-only"> of its stories</span>
                        </span>
                      </>
                    )}
                  </li>
                )
              })}
            </ul>
          </div>
        )}
      </header>
      <FeedView
        baseProvider={provider}
        labelledBy="source-title"
        description={`${countArticles(provider.count)} from ${provider.name}.`}
      />
      <TrendChart of={{ provider: provider.id }} what={`stories from ${provider.name}`} />
    </>
  )
}

/** A topic's share of a source's stories, in whole percent (a story may have several topics). */
const shareOf = (count: number | undefined, total: number) =>
  count === undefined || total === 0 ? undefined : Math.round((count / total) * 100)
