import { Fragment, useId } from 'react'
import { cn } from '../lib/cn.ts'
import type { Card, Facets } from '../shared/data.ts'
import { isHot, signalRank } from '../shared/signals.ts'
import { ArticleCard } from './article-card.tsx'
import { SKIP_TARGETS } from './skip-links.tsx'
import { StoryRow } from './story-row.tsx'

interface StoryFeedProps {
  cards: Card[]
  facets: Facets
  /** Cards or the compact list. */
  view: 'cards' | 'list'
  /** A lead story first (page 1 of an unsearched feed, in cards). */
  lead: boolean
  busy: boolean
  highlight?: readonly string[]
  /** The position of the page's first story in the whole feed (0-based), and the feed's size. */
  offset: number
  total: number
  /** The first story the reader had seen before this visit, when it is on this page (index). */
  seenFrom?: number
}

/**
 * The page's stories as an ARIA feed: each story an article that says where it sits in the whole
 * feed (`aria-posinset` of `aria-setsize`). Above the first story of the reader's last visit, a
 * rule says where the new ones end.
 */
export function StoryFeed({
  cards,
  facets,
  view,
  lead,
  busy,
  highlight,
  offset,
  total,
  seenFrom,
}: StoryFeedProps) {
  const withLead = view === 'cards' && lead && cards.length >= 3
  const seenId = useId()
  // Each story is focusable (PageDown/PageUp move between them, as the ARIA feed pattern has
  // it) and says where it sits; the first one seen before is described by the rule above it.
  const place = (i: number) => ({
    'aria-posinset': offset + i + 1,
    'aria-setsize': total,
    'aria-describedby': i === seenFrom ? seenId : undefined,
    tabIndex: -1,
  })
  return (
    // The ARIA feed pattern gives the feed its own keys (PageDown, PageUp).
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <div
      id={SKIP_TARGETS.stories}
      tabIndex={-1}
      role="feed"
      aria-label="Stories"
      aria-busy={busy}
      onKeyDown={pageThroughStories}
      className={cn(
        'outline-none transition-opacity',
        view === 'list'
          ? 'border-b border-rule'
          : 'grid grid-cols-1 gap-x-8 gap-y-4 sm:grid-cols-2 sm:gap-y-10 xl:grid-cols-3',
        busy && 'opacity-60',
      )}
    >
      {cards.map((card, i) => {
        const provider = facets.providers[card.provider]!
        const topics = card.topics.map((t) => facets.topics[t]!)
        return (
          <Fragment key={card.id}>
            {i === seenFrom && <SeenRule id={seenId} />}
            {view === 'list' ? (
              <div className="border-t border-rule">
                <StoryRow
                  card={card}
                  provider={provider}
                  topics={topics}
                  highlight={highlight}
                  {...place(i)}
                />
              </div>
            ) : (
              <div
                className={cn(
                  'flex border-t border-rule pt-3 sm:pt-4',
                  // Under the toolbar a phone's full-bleed lead picture needs no rule of its own.
                  withLead && i === 0 && 'max-sm:border-t-0 max-sm:pt-0',
                  // The lead spans two rows beside its neighbours only while it has a picture.
                  withLead && i === 0 && 'sm:col-span-2 xl:has-[img]:row-span-2',
                )}
              >
                <ArticleCard
                  className="w-full"
                  card={card}
                  provider={provider}
                  topics={topics}
                  variant={withLead && i === 0 ? 'lead' : 'standard'}
                  eagerImage={i < 3}
                  highlight={highlight}
                  hot={isHot(signalRank(card.heat, facets.heatScale))}
                  {...place(i)}
                />
              </div>
            )}
          </Fragment>
        )
      })}
    </div>
  )
}

/**
 * PageDown and PageUp inside the feed move focus to the next or previous story (the ARIA feed
 * pattern); past either end the page scrolls as usual.
 */
function pageThroughStories(event: React.KeyboardEvent<HTMLElement>) {
  if (event.key !== 'PageDown' && event.key !== 'PageUp') return
  if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return
  const story = (event.target as Element).closest('article')
  if (!story) return
  const stories = [...event.currentTarget.querySelectorAll<HTMLElement>('article')]
  const next = stories[stories.indexOf(story) + (event.key === 'PageDown' ? 1 : -1)]
  if (!next) return
  event.preventDefault()
  next.focus()
}

/** A visual rule: to assistive technology, the story below is described by its words instead. */
function SeenRule({ id }: { id: string }) {
  return (
    <div
      data-testid="seen-rule"
      aria-hidden="true"
      className="col-span-full flex items-center gap-3 py-1 text-xs font-medium tracking-[0.08em] text-accent uppercase"
    >
      <span className="h-px flex-1 bg-accent/60" />
      <span id={id}>New above · seen on your last visit below</span>
      <span className="h-px flex-1 bg-accent/60" />
    </div>
  )
}
