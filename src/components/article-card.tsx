import { cva } from 'class-variance-authority'
import { Flame, Layers } from 'lucide-react'
import { useId } from 'react'
import { Link } from 'react-router'
import { paths } from '../config/paths.ts'
import { cn } from '../lib/cn.ts'
import type { Card, ProviderRef, TopicRef } from '../shared/data.ts'
import { useReader } from '../hooks/use-reader.ts'
import { isRead } from '../shared/reader-actions.ts'
import { CardImage } from './card-image.tsx'
import { Highlighted } from './highlighted.tsx'
import { OutletsBadge } from './outlets-badge.tsx'
import { ProviderLogo } from './provider-logo.tsx'
import { StoryActions } from './story-actions.tsx'
import { StoryTime } from './story-time.tsx'
import { TopicTags } from './topic-tag.tsx'

export type CardVariant = 'lead' | 'standard'

/*
 * Two card sizes. The lead: a wide picture (full-bleed on a phone), a large headline and its
 * standfirst. A standard card: the picture on top from 640 px; on a phone a thumbnail beside
 * the headline, so several stories fit one screen. Each size crops its pictures to one aspect
 * ratio, so the headlines of a row line up; a card whose picture is missing or fails is a text
 * card (`has-[img]` switches the phone grid's thumbnail column on only while there is one).
 */
const card = cva('group min-w-0', {
  variants: {
    variant: {
      lead: 'flex flex-col gap-3',
      standard:
        'grid grid-cols-[minmax(0,1fr)_auto] gap-x-4 gap-y-2 has-[img]:grid-cols-[minmax(0,1fr)_6.5rem] sm:flex sm:flex-col sm:gap-3',
    },
  },
})
const picture = cva('', {
  variants: {
    variant: {
      lead: '-mx-4 aspect-[2/1] rounded-none sm:mx-0 sm:aspect-[16/9] sm:rounded-sm',
      standard:
        'col-start-2 row-span-2 row-start-2 aspect-square self-start sm:aspect-[16/9] sm:w-full',
    },
  },
})
// A story read before is dimmed: its headline in the muted ink (still readable), its picture faded.
const headline = cva(
  'font-serif font-medium tracking-tight text-balance text-ink group-data-read:text-muted',
  {
    variants: {
      variant: {
        lead: 'text-[1.625rem] leading-[1.15] sm:text-[2.5rem]',
        standard:
          'col-span-full row-start-2 text-[1.1875rem] leading-[1.2] group-has-[img]:col-span-1 group-has-[img]:col-start-1 sm:text-[1.375rem]',
      },
    },
  },
)
const standfirst = cva('text-muted', {
  variants: {
    variant: {
      // The picture says enough on a phone; without one the standfirst carries the lead.
      lead: 'line-clamp-3 text-base leading-[1.55] max-sm:group-has-[img]:hidden sm:line-clamp-4 sm:text-lg',
      // On a phone a card with a thumbnail is headline and source only, as in a news app's list.
      standard:
        'col-span-full row-start-3 line-clamp-2 text-sm leading-[1.55] max-sm:group-has-[img]:hidden sm:line-clamp-3',
    },
  },
})

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
  /** In the top tenth of the collection by heat. */
  hot?: boolean
}

/**
 * One story in a feed. The headline is the link to the story page; the topic tags are links of
 * their own; the rest is plain text (React escapes it: no article text is ever HTML).
 */
export function ArticleCard({
  card: story,
  provider,
  topics,
  variant = 'standard',
  headingLevel = 2,
  eagerImage = false,
  highlight,
  hot = false,
  className,
  ...props
}: ArticleCardProps) {
  const id = useId()
  const Heading = `h${headingLevel}` as const
  const read = useReader((state) => isRead(state, story.slug))
  return (
    <article
      aria-labelledby={id}
      data-read={read || undefined}
      className={cn(card({ variant }), className)}
      {...props}
    >
      <CardImage
        image={story.image}
        eager={eagerImage}
        className={cn(picture({ variant }), 'group-data-read:opacity-70')}
        sizes={
          variant === 'lead'
            ? '(min-width: 1024px) 50vw, 100vw'
            : '(min-width: 1024px) 25vw, (min-width: 640px) 50vw, 104px'
        }
      />
      <p
        className={cn(
          'col-span-full row-start-1 flex min-w-0 items-center gap-2 text-xs text-muted',
          variant === 'standard' && 'max-sm:col-span-1 max-sm:group-has-[img]:col-span-full',
        )}
      >
        <ProviderLogo provider={provider} size={20} />
        <span className="truncate font-medium text-ink/80">{provider.name}</span>
        <span aria-hidden="true">·</span>
        <StoryTime date={story.date} className="shrink-0" />
      </p>
      <Heading id={id} className={headline({ variant })}>
        <Link
          to={paths.article.href(story.slug)}
          // The headline link the keyboard's j/k/o/v act on (keyboard-shortcuts.tsx).
          data-story-link={story.slug}
          className="decoration-accent/60 decoration-1 underline-offset-4 hover:text-accent hover:underline"
        >
          <Highlighted text={story.title} terms={highlight} />
        </Link>
      </Heading>
      {story.excerpt && (
        <p className={standfirst({ variant })}>
          <Highlighted text={story.excerpt} terms={highlight} />
        </p>
      )}
      {/*
       * On a phone the footer takes no height of its own: beside the thumbnail under the
       * headline, or without one at the end of the source line.
       */}
      <div
        className={cn(
          'col-span-full mt-auto flex flex-wrap items-center justify-between gap-x-2 gap-y-1',
          variant === 'standard' &&
            'max-sm:col-span-1 max-sm:col-start-2 max-sm:row-start-1 max-sm:group-has-[img]:col-start-1 max-sm:group-has-[img]:row-start-3 max-sm:group-has-[img]:self-end',
        )}
      >
        {/* A phone's list is for scanning headlines: a card's topics are on its story page. */}
        <TopicTags
          topics={topics}
          className={variant === 'standard' ? 'max-sm:hidden' : undefined}
        />
        <div className="-my-1 ml-auto flex items-center gap-2">
          <Signals hot={hot} card={story} />
          <StoryActions
            card={story}
            provider={provider}
            topics={topics}
            describedBy={id}
            className="-mr-2"
          />
        </div>
      </div>
    </article>
  )
}

function Signals({ hot, card }: { hot: boolean; card: Card }) {
  const { related, coverage } = card
  if (!hot && related === 0 && !coverage) return null
  return (
    <p className="flex items-center gap-3 text-xs text-muted tabular-nums">
      {hot && (
        <span
          className="inline-flex items-center gap-1 font-medium text-accent"
          title="Among the tenth of this collection’s stories that drew the most attention"
        >
          <Flame className="size-3.5" strokeWidth={1.75} aria-hidden="true" />
          Hot
        </span>
      )}
      {coverage ? (
        <OutletsBadge coverage={coverage} />
      ) : (
        related > 0 && (
          <span
            className="inline-flex items-center gap-1"
            title="Coverage of this story elsewhere, listed on its page"
          >
            <Layers className="size-3.5" strokeWidth={1.75} aria-hidden="true" />
            {related} related
          </span>
        )
      )}
    </p>
  )
}
