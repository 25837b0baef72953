import { useSuspenseQueries, type QueryClient } from '@tanstack/react-query'
import { facetsQuery, shardQuery } from '../../queries/data-queries.ts'

export const feedLoader = (queryClient: QueryClient) => async () => {
  await Promise.all([
    queryClient.ensureQueryData(facetsQuery()),
    queryClient.ensureQueryData(shardQuery(0)),
  ])
  return null
}

export function FeedRoute() {
  const [{ data: facets }, { data: cards }] = useSuspenseQueries({
    queries: [facetsQuery(), shardQuery(0)],
  })
  return (
    <section aria-labelledby="feed-heading">
      <h1 id="feed-heading" className="font-serif text-2xl">
        Latest stories
      </h1>
      <p role="status" className="text-sm text-muted">
        {facets.articleCount} {facets.articleCount === 1 ? 'article' : 'articles'}
      </p>
      <ol className="mt-6 divide-y divide-rule">
        {cards.map((card) => (
          <li key={card.id} className="py-4">
            <article aria-labelledby={`card-${card.id}`}>
              <h2 id={`card-${card.id}`} className="font-serif text-xl leading-tight">
                {card.title}
              </h2>
              <p className="mt-1 text-sm text-muted">
                {facets.providers[card.provider]?.name} ·{' '}
                <time dateTime={card.date}>
                  {new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }).format(
                    new Date(card.date),
                  )}
                </time>
              </p>
            </article>
          </li>
        ))}
      </ol>
    </section>
  )
}
