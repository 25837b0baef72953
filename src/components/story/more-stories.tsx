import { ArrowLeft, ArrowRight } from 'lucide-react'
import { useId } from 'react'
import { Link } from 'react-router'
import { paths } from '../../config/paths.ts'
import type { CardLite, Facets } from '../../shared/data.ts'
import { ProviderLogo } from '../provider-logo.tsx'
import { StoryTime } from '../story-time.tsx'

interface MoreStoriesProps {
  title: string
  /** Where "see all" goes: the topic's or provider's page. */
  allHref: string
  /** How many rows there will be: their space is kept while they load. */
  expected: number
  /** The rows, undefined while they load. */
  cards: CardLite[] | undefined
  facets: Facets
}

const placeholder = 'rounded-sm bg-paper-raised motion-safe:animate-pulse'

/** "More on <topic>" / "More from <provider>": a few compact rows. */
export function MoreStories({ title, allHref, expected, cards, facets }: MoreStoriesProps) {
  const headingId = useId()
  if (expected === 0 || cards?.length === 0) return null
  return (
    <section aria-labelledby={headingId} aria-busy={cards === undefined}>
      <div className="mb-4 flex items-baseline justify-between gap-4 border-b border-ink/80 pb-2">
        <h2 id={headingId} className="text-xs font-semibold tracking-[0.12em] uppercase">
          {title}
        </h2>
        <Link to={allHref} className="text-sm text-accent underline-offset-4 hover:underline">
          See all
        </Link>
      </div>
      {cards === undefined && (
        <ul className="flex flex-col" aria-hidden="true">
          {Array.from({ length: expected }, (_, i) => (
            <li key={i} className="flex flex-col gap-2 border-b border-rule py-3 last:border-b-0">
              <div className={`h-3 w-1/3 ${placeholder}`} />
              <div className={`h-5 w-11/12 ${placeholder}`} />
            </li>
          ))}
        </ul>
      )}
      <ul className="flex flex-col">
        {cards?.map((c) => {
          const provider = facets.providers[c.provider]!
          return (
            <li key={c.id} className="border-b border-rule py-3 last:border-b-0">
              <p className="mb-1 flex min-w-0 items-center gap-2 text-xs text-muted">
                <ProviderLogo provider={provider} size={16} />
                <span className="truncate font-medium text-ink/80">{provider.name}</span>
                <span aria-hidden="true">·</span>
                <StoryTime date={c.date} className="shrink-0" />
              </p>
              <h3 className="font-serif text-lg leading-snug">
                <Link to={paths.article.href(c.slug)} className="hover:text-accent hover:underline">
                  {c.title}
                </Link>
              </h3>
            </li>
          )
        })}
      </ul>
    </section>
  )
}

/** Previous and next story by date: `null` when there is none, undefined while loading. */
export function StoryNeighbours({
  newer,
  older,
}: {
  newer: CardLite | null | undefined
  older: CardLite | null | undefined
}) {
  if (newer === null && older === null) return null
  const loading = (
    <span className="flex flex-col gap-2" aria-hidden="true">
      <span className={`h-3 w-24 ${placeholder}`} />
      <span className={`h-5 w-3/4 ${placeholder}`} />
    </span>
  )
  return (
    <nav
      aria-label="Previous and next story"
      aria-busy={newer === undefined || older === undefined}
      className="grid gap-6 border-t border-rule pt-6 sm:grid-cols-2"
    >
      {older === undefined ? (
        loading
      ) : older ? (
        <Link to={paths.article.href(older.slug)} rel="prev" className="group flex flex-col gap-1">
          <span className="inline-flex items-center gap-1 text-xs tracking-[0.08em] text-muted uppercase">
            <ArrowLeft className="size-3.5" aria-hidden="true" /> Older story
          </span>
          <span className="font-serif text-lg leading-snug group-hover:text-accent">
            {older.title}
          </span>
        </Link>
      ) : (
        <span />
      )}
      {newer === undefined && loading}
      {newer && (
        <Link
          to={paths.article.href(newer.slug)}
          rel="next"
          className="group flex flex-col gap-1 sm:text-right"
        >
          <span className="inline-flex items-center gap-1 text-xs tracking-[0.08em] text-muted uppercase sm:justify-end">
            Newer story <ArrowRight className="size-3.5" aria-hidden="true" />
          </span>
          <span className="font-serif text-lg leading-snug group-hover:text-accent">
            {newer.title}
          </span>
        </Link>
      )}
    </nav>
  )
}
