import { Fragment } from 'react'
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
  const place = (i: number) => ({ 'aria-posinset': offset + i + 1, 'aria-setsize': total })
  return (
    <div
      id={SKIP_TARGETS.stories}
      tabIndex={-1}
      role="feed"
      aria-label="Stories"
      aria-busy={busy}
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
            {i === seenFrom && <SeenRule />}
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

function SeenRule() {
  return (
    <div
      data-testid="seen-rule"
      className="col-span-full flex items-center gap-3 py-1 text-xs font-medium tracking-[0.08em] text-accent uppercase"
    >
      <span className="h-px flex-1 bg-accent/60" aria-hidden="true" />
      <span>New above · seen on your last visit below</span>
      <span className="h-px flex-1 bg-accent/60" aria-hidden="true" />
    </div>
  )
}
