import type { SearchDoc } from '../shared/data.ts'
import { dataPaths } from '../shared/data-paths.ts'
import type { Dataset } from './build-dataset.ts'

export interface SearchFiles {
  paths(): string[]
  /** One search file's content; `undefined` for a path that is not a search file. */
  read(path: string): string | undefined
}

/** The files the search worker loads, apart from the cards and details the feed uses. */
export function createSearchFiles(dataset: Dataset): SearchFiles {
  return {
    paths: () => [dataPaths.search],
    read: (path) =>
      path === dataPaths.search
        ? JSON.stringify(
            dataset.articles.map((a): SearchDoc => [a.title, a.excerpt, a.providerId, a.topicIds]),
          )
        : undefined,
  }
}
