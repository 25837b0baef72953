import { useQueries } from '@tanstack/react-query'
import { neighbourQueries } from '../queries/data-queries.ts'
import type { ArticleDetail, Card, CardLite } from '../shared/data.ts'
import { cardAt, rowsAt, type ListFileRef } from '../shared/story-lists.ts'

export interface StoryNeighbours {
  /** "More on …" and "More from …": undefined while their files load, empty if none. */
  moreOnTopic: CardLite[] | undefined
  moreFromProvider: CardLite[] | undefined
  /** The newer and older story: `null` when there is none, undefined while loading. */
  newer: CardLite | null | undefined
  older: CardLite | null | undefined
}

/**
 * A story's neighbours, read from the topic's and the source's lists and from the card shards.
 * The story renders at once; these fill in when their (small, shared) files arrive.
 */
export function useStoryNeighbours(article: ArticleDetail, articleCount: number): StoryNeighbours {
  const queries = neighbourQueries(article, articleCount)
  const { lists, shards } = queries.files
  const results = useQueries({ queries: [...queries.lists, ...queries.shards] })
  // A file that failed to load counts as an empty one: its rows are left out.
  const dataAt = <T>(i: number) =>
    results[i]?.isError ? [] : (results[i]?.data as T[] | undefined)
  const listAt = (ref: ListFileRef) =>
    dataAt<CardLite>(lists.findIndex((l) => l.key === ref.key && l.n === ref.n))
  const shardAt = (n: number) => dataAt<Card>(lists.length + shards.indexOf(n))
  return {
    moreOnTopic: article.moreOnTopic ? rowsAt(article.moreOnTopic.list, listAt) : [],
    moreFromProvider: rowsAt(article.moreFromProvider, listAt),
    newer: cardAt(article.id - 1, articleCount, shardAt),
    older: cardAt(article.id + 1, articleCount, shardAt),
  }
}
