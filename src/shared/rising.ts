import type { Facets } from './data.ts'
import { NO_VALUE, type FacetIndex } from './facet-index.ts'
import { signalRank } from './signals.ts'

/*
 * What is rising: topics that appear more often, and in hotter stories, in the last
 * RECENT_DAYS than over the HISTORY_DAYS before, and the recent stories on them. "Now" is the
 * newest story of the collection, never the wall clock: a digest folder may be years old.
 *
 *   weight(story) = 1 + its heat's place in the collection (0 to 0.95: hotter than 95%)
 *   rise(topic)   = (weights of its recent stories + 1)
 *                   / (weights of its stories in the history, per RECENT_DAYS, + 1)
 *                   (over the history it has, in a collection younger than both windows)
 *   score(story)  = weight(story) × the highest rise of its topics, for a recent story;
 *                   0 for an older one (they follow, newest first)
 *
 * The +1s keep a topic with one recent story and none before from outranking a steady one.
 */

export const RECENT_DAYS = 30
export const HISTORY_DAYS = 180
const MINUTES_PER_DAY = 24 * 60

/**
 * Days of history the rise is measured against, from the newest and oldest story's minutes:
 * HISTORY_DAYS, or what a collection younger than both windows has.
 */
export function historyDays(newestMinute: number, oldestMinute: number): number {
  const recentFrom = newestMinute - RECENT_DAYS * MINUTES_PER_DAY
  const historyFrom = recentFrom - HISTORY_DAYS * MINUTES_PER_DAY
  return Math.max(0, recentFrom - Math.max(historyFrom, oldestMinute)) / MINUTES_PER_DAY
}

/** The same from facets.json's dates, for the sentences that explain the order. */
export const historyDaysOf = ({ newest, oldest }: { newest?: string; oldest?: string }) =>
  newest && oldest
    ? historyDays(Math.floor(Date.parse(newest) / 60_000), Math.floor(Date.parse(oldest) / 60_000))
    : 0

/** "the 6 months before", "the 12 days before": the history a collection has, in words. */
export const historyText = (days: number) =>
  days >= 45 ? `the ${Math.round(days / 30)} months before` : `the ${Math.round(days)} days before`

/**
 * The sentence the feed shows with the Rising order (`newest`: the newest story's day;
 * `historyDays`: Rising.historyDays).
 */
export const risingExplained = (newest: string, historyDays: number) =>
  `Rising: the stories of the ${RECENT_DAYS} days up to the newest one (${newest}), ranked by ` +
  `their heat times how much more often their topics came up than in ${historyText(historyDays)}; ` +
  `older stories follow, newest first.`

export interface Rising {
  /** Per topic id: its rise (1 = as usual). */
  topicRise: Float64Array
  /** Per topic id: the weight of its recent stories. */
  topicRecent: Float64Array
  /** Per article id: its score (0 for a story older than the recent window). */
  score: Float64Array
  /** Days of history the rise is measured against: HISTORY_DAYS, or less in a young collection. */
  historyDays: number
}

const cache = new WeakMap<FacetIndex, Rising>()

/** Rising topics and stories of a collection (made once per facet index). */
export function rising(index: FacetIndex, facets: Pick<Facets, 'topics' | 'heatScale'>): Rising {
  const cached = cache.get(index)
  if (cached) return cached
  const { count, minutes, heat, topicStart, topicIds } = index
  const topics = facets.topics.length
  const topicRecent = new Float64Array(topics)
  const topicHistory = new Float64Array(topics)
  const score = new Float64Array(count)
  const weight = new Float64Array(count)
  // Rows are newest first: row 0 is "now".
  const now = count > 0 ? minutes[0]! : 0
  const recentFrom = now - RECENT_DAYS * MINUTES_PER_DAY
  const historyFrom = recentFrom - HISTORY_DAYS * MINUTES_PER_DAY
  for (let i = 0; i < count; i++) {
    const m = minutes[i]!
    if (m <= historyFrom) break
    const h = heat[i]!
    weight[i] = 1 + (signalRank(h === NO_VALUE ? undefined : h, facets.heatScale) ?? 0) / 100
    const into = m > recentFrom ? topicRecent : topicHistory
    for (let k = topicStart[i]!; k < topicStart[i + 1]!; k++) into[topicIds[k]!]! += weight[i]!
  }
  // A collection younger than both windows compares with the history it has.
  const history = historyDays(now, count > 0 ? minutes[count - 1]! : 0)
  const perWindow = history / RECENT_DAYS
  const topicRise = topicRecent.map(
    (recent, t) => (recent + 1) / (perWindow > 0 ? topicHistory[t]! / perWindow + 1 : 1),
  )
  for (let i = 0; i < count && minutes[i]! > recentFrom; i++) {
    let best = 0
    for (let k = topicStart[i]!; k < topicStart[i + 1]!; k++) {
      best = Math.max(best, topicRise[topicIds[k]!]!)
    }
    score[i] = weight[i]! * best
  }
  const result = { topicRise, topicRecent, score, historyDays: history }
  cache.set(index, result)
  return result
}

/** The topics rising most, at most `limit`: those with two or more recent stories that rose. */
export function risingTopics(r: Rising, limit = 5): { topic: number; rise: number }[] {
  return Array.from(r.topicRise, (rise, topic) => ({ topic, rise }))
    .filter(({ topic, rise }) => rise > 1 && r.topicRecent[topic]! >= 2)
    .sort((a, b) => b.rise - a.rise || a.topic - b.topic)
    .slice(0, limit)
}
