import { useEffect, useMemo } from 'react'
import { useLocation, useNavigate } from 'react-router'
import { feedPersonal, readerActions } from '../lib/reader.ts'
import type { Card, Facets } from '../shared/data.ts'
import type { Personal } from '../shared/feed-personal.ts'
import { cardRef } from '../shared/reader-actions.ts'
import { useReader } from './use-reader.ts'

const muteKey = ({ topics, sources }: Personal['muted']) =>
  `${topics.join(' ')}|${sources.join(' ')}`

/** The event the keyboard's Shift+A sends: the feed on screen marks its page read. */
export const MARK_PAGE_READ = 'broadsheet:mark-page-read'

/**
 * The reader's mutes and read stories for a feed view, as they were when it was navigated to
 * (as its route loader read them): a story marked read stays in place with "Hide read" on until
 * the next navigation. A mute or unmute (here, in another tab or on the settings page)
 * navigates again in place, so the view and its loader read the new state.
 */
export function usePersonalFeed() {
  const location = useLocation()
  const navigate = useNavigate()
  // eslint-disable-next-line react-hooks/exhaustive-deps -- read again on each navigation
  const personal = useMemo(() => feedPersonal(), [location.key])
  // Compared by content: another tab's write decodes a new state, mutes unchanged or not.
  const muted = useReader((state) => muteKey(state.muted))

  useEffect(() => {
    if (muted === muteKey(personal.muted)) return
    void navigate(
      { pathname: location.pathname, search: location.search, hash: location.hash },
      { replace: true, preventScrollReset: true, state: location.state },
    )
  }, [muted, personal.muted, navigate, location])

  return personal
}

/**
 * Marks the page's stories read when the keyboard's Shift+A asks; and completes what the
 * reader's state knows of those read before format version 2 (so "Hide read" finds them).
 */
export function useMarkPageRead(cards: Card[], facets: Facets) {
  useEffect(() => {
    const refs = cards.map((card) => cardRef(card, facets.providers[card.provider]!.domain))
    readerActions.completeRead(refs)
    const markPage = () => readerActions.markRead(refs)
    document.addEventListener(MARK_PAGE_READ, markPage)
    return () => document.removeEventListener(MARK_PAGE_READ, markPage)
  }, [cards, facets])
}
