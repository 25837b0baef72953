import path from 'node:path'
import type { StoreResult } from './article-store.ts'
import { formatIssues } from './format-issues.ts'

/** How the folder is named in messages: relative to the working directory when inside it. */
export function displayDir(dir: string): string {
  return (path.relative(process.cwd(), dir) || '.').split(path.sep).join('/')
}

export interface Report {
  /** One line: how many files were found, published, merged and left out. */
  summary: string
  /** Files merged because they share a URL. */
  merges: string
  warnings: string
  errors: string
}

export function report(result: StoreResult, dir: string): Report {
  const prefix = `${displayDir(dir)}/`
  const { dataset, fileCount, invalidFiles } = result
  const merged = dataset.merges.reduce((n, m) => n + m.dropped.length, 0)
  const parts = [
    `${fileCount} article files in ${displayDir(dir)}`,
    `${dataset.articles.length} articles`,
  ]
  if (merged > 0) parts.push(`${merged} merged as duplicates`)
  if (invalidFiles.length > 0) parts.push(`${invalidFiles.length} invalid`)
  return {
    summary: parts.join(', '),
    merges: dataset.merges
      .map(
        (m) =>
          `  ${prefix}${m.kept} kept; same URL as ${m.dropped.map((d) => prefix + d).join(', ')} (${m.url})`,
      )
      .join('\n'),
    warnings: formatIssues(result.warnings, prefix),
    errors: formatIssues(result.errors, prefix),
  }
}
