import { Flame, Layers } from 'lucide-react'
import { useId } from 'react'
import { Link } from 'react-router'
import { paths } from '../config/paths.ts'
import { cn } from '../lib/cn.ts'
import type { Card, ProviderRef, TopicRef } from '../shared/data.ts'
import { CardImage } from './card-image.tsx'
import { Highlighted } from './highlighted.tsx'
import { ProviderLogo } from './provider-logo.tsx'
import { RelativeTime } from './relative-time.tsx'
import { TopicTags } from './topic-tag.tsx'

export type CardVariant = 'lead' | 'standard' | 'compact'

interface ArticleCardProps extends React.ComponentProps<'article'> {
  card: Card
  provider: ProviderRef
  topics: TopicRef[]
  variant?: CardVariant
  headingLevel?: 2 | 3
  /** Load the image at once (the first cards on screen). */
  eagerImage?: boolean
  /** Search words to mark in the title and excerpt. */
  highlight?: readonly string[]
}

/**
 * One story in a feed. The headline is the link to the story page; the topic tags are links of
 * their own; the rest is plain text (React escapes it: no article text is ever HTML).
 */
export function ArticleCard({
  card,
  provider,
  topics,
  variant = 'standard',
  headingLevel = 2,
  eagerImage = false,
  highlight,
  className,
  ...props
}: ArticleCardProps) {
  const id = useId()
  const Heading = `h${headingLevel}` as const
  const lead = variant === 'lead'
  return (
    <article aria-labelledby={id} className={cn('group flex flex-col gap-3', className)} {...props}>
      {variant !== 'compact' && (
        <CardImage
          image={card.image}
          eager={eagerImage}
          className={lead ? '-mx-4 rounded-none sm:mx-0 sm:rounded-sm' : undefined}
          sizes={
            lead
              ? '(min-width: 1024px) 50vw, 100vw'
              : '(min-width: 1024px) 25vw, (min-width: 640px) 50vw, 100vw'
          }
        />
      )}
      <p className="flex min-w-0 items-center gap-2 text-xs text-muted">
        <ProviderLogo provider={provider} size={20} />
        <span className="truncate font-medium text-ink/80">{provider.name}</span>
        <span aria-hidden="true">·</span>
        <RelativeTime date={card.date} className="shrink-0" />
      </p>
      <Heading
        id={id}
        className={cn(
          'font-serif font-medium tracking-tight text-ink text-balance',
          lead
            ? 'text-[28px] leading-[1.15] sm:text-[40px]'
            : variant === 'compact'
              ? 'text-base leading-snug'
              : 'text-[22px] leading-[1.2]',
        )}
      >
        <Link
          to={paths.article.href(card.slug)}
          className="decoration-accent/60 decoration-1 underline-offset-4 hover:text-accent hover:underline"
        >
          <Highlighted text={card.title} terms={highlight} />
        </Link>
      </Heading>
      {variant !== 'compact' && card.excerpt && (
        <p
          className={cn(
            'text-muted',
            lead ? 'line-clamp-4 text-base leading-[1.55]' : 'line-clamp-3 text-sm leading-[1.55]',
          )}
        >
          <Highlighted text={card.excerpt} terms={highlight} />
        </p>
      )}
      {(topics.length > 0 || (card.heat ?? 0) > 0 || card.related > 0) && (
        <div className="mt-auto flex flex-wrap items-center justify-between gap-2 pt-1">
          {variant !== 'compact' ? <TopicTags topics={topics} /> : <span />}
          <Signals card={card} />
        </div>
      )}
    </article>
  )
}

function Signals({ card }: { card: Card }) {
  const heat = card.heat !== undefined && card.heat > 0 ? card.heat : undefined
  if (heat === undefined && card.related === 0) return null
  return (
    <p className="flex items-center gap-3 text-xs text-muted tabular-nums">
      {heat !== undefined && (
        <span
          className="inline-flex items-center gap-1"
          title="Heat: how much attention the story drew"
        >
          <Flame className="size-3.5" strokeWidth={1.75} aria-hidden="true" />
          <span className="sr-only">Heat </span>
          {heat}
        </span>
      )}
      {card.related > 0 && (
        <span className="inline-flex items-center gap-1" title="Related stories from other outlets">
          <Layers className="size-3.5" strokeWidth={1.75} aria-hidden="true" />
          {card.related} related
        </span>
      )}
    </p>
  )
}
