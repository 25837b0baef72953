import { useId } from 'react'
import { Link } from 'react-router'
import { paths } from '../config/paths.ts'
import { useReader } from '../hooks/use-reader.ts'
import { countOtherOutlets } from '../shared/count.ts'
import type { Card, ProviderRef, TopicRef } from '../shared/data.ts'
import { isRead } from '../shared/reader-actions.ts'
import { Highlighted } from './highlighted.tsx'
import { outletsTitle } from './outlets-badge.tsx'
import { ProviderLogo } from './provider-logo.tsx'
import { StoryActions } from './story-actions.tsx'
import { StoryTime } from './story-time.tsx'

/**
 * One story in the compact list view: logo, headline, source and date, then its save button
 * and menu. On a desktop it is one
 * line (the headline cut with an ellipsis, in full on hover); on a phone the headline may take
 * two lines above its source and date, as a news app's list does, since one line of a phone's
 * width holds too few words to read.
 */
export function StoryRow({
  card: story,
  provider,
  topics,
  headingLevel = 2,
  highlight,
  ...props
}: React.ComponentProps<'article'> & {
  card: Card
  provider: ProviderRef
  topics: TopicRef[]
  headingLevel?: 2 | 3
  highlight?: readonly string[]
}) {
  const id = useId()
  const Heading = `h${headingLevel}` as const
  const read = useReader((state) => isRead(state, story.slug))
  return (
    <article
      aria-labelledby={id}
      data-read={read || undefined}
      {...props}
      className="group flex min-h-11 items-start gap-3 py-1.5 sm:min-h-9 sm:items-center sm:py-1"
    >
      <ProviderLogo provider={provider} size={20} className="mt-0.5 sm:mt-0" />
      <div className="min-w-0 flex-1 sm:flex sm:items-baseline sm:gap-4">
        <Heading
          id={id}
          title={story.title}
          className="line-clamp-2 font-serif text-base leading-[1.3] font-medium text-ink group-data-read:text-muted sm:line-clamp-none sm:flex-1 sm:truncate sm:text-[1.0625rem] sm:leading-normal"
        >
          <Link
            to={paths.article.href(story.slug)}
            // The headline link the keyboard's j/k/o/v act on (keyboard-shortcuts.tsx).
            data-story-link={story.slug}
            className="decoration-accent/60 decoration-1 underline-offset-4 hover:text-accent hover:underline"
          >
            <Highlighted text={story.title} terms={highlight} />
          </Link>
        </Heading>
        <p className="flex min-w-0 gap-1.5 text-xs leading-4 text-muted sm:w-72 sm:shrink-0 sm:justify-end sm:text-[0.8125rem]">
          <span className="truncate">{provider.name}</span>
          {story.coverage && (
            <span className="shrink-0" title={outletsTitle(story.coverage)}>
              <span aria-hidden="true">+{story.coverage.outlets - 1}</span>
              <span className="sr-only"> and {countOtherOutlets(story.coverage.outlets - 1)}</span>
            </span>
          )}
          <span aria-hidden="true">·</span>
          <StoryTime date={story.date} className="shrink-0 tabular-nums" />
        </p>
      </div>
      <StoryActions
        card={story}
        provider={provider}
        topics={topics}
        describedBy={id}
        className="-my-1 -mr-2 sm:my-0"
      />
    </article>
  )
}
