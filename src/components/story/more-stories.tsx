import { ArrowLeft, ArrowRight } from 'lucide-react'
import { useId } from 'react'
import { Link } from 'react-router'
import { paths } from '../../config/paths.ts'
import type { Card, Facets } from '../../shared/data.ts'
import { ArticleCard } from '../article-card.tsx'

interface MoreStoriesProps {
  title: string
  /** Where "see all" goes: the topic's or provider's page. */
  allHref: string
  cards: Card[]
  facets: Facets
}

/** "More on <topic>" / "More from <provider>": a few compact rows. */
export function MoreStories({ title, allHref, cards, facets }: MoreStoriesProps) {
  const headingId = useId()
  if (cards.length === 0) return null
  return (
    <section aria-labelledby={headingId}>
      <div className="mb-4 flex items-baseline justify-between gap-4 border-b border-ink/80 pb-2">
        <h2 id={headingId} className="text-xs font-semibold tracking-[0.12em] uppercase">
          {title}
        </h2>
        <Link to={allHref} className="text-sm text-accent underline-offset-4 hover:underline">
          See all
        </Link>
      </div>
      <ul className="grid gap-x-8 gap-y-6 sm:grid-cols-2">
        {cards.map((c) => (
          <li key={c.id}>
            <ArticleCard
              card={c}
              provider={facets.providers[c.provider]!}
              topics={c.topics.map((t) => facets.topics[t]!)}
              variant="compact"
              headingLevel={3}
            />
          </li>
        ))}
      </ul>
    </section>
  )
}

/** Previous and next story by date. */
export function StoryNeighbours({ newer, older }: { newer?: Card; older?: Card }) {
  if (!newer && !older) return null
  return (
    <nav
      aria-label="Previous and next story"
      className="grid gap-6 border-t border-rule pt-6 sm:grid-cols-2"
    >
      {older ? (
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
