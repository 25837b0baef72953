import type { ArticleIssue } from './parse-article-file.ts'

/** `articles/x.md:4 publishedDateTime: expected a date …`, with `prefix` before the file name. */
export function formatIssue(issue: ArticleIssue, prefix = ''): string {
  const where = `${prefix}${issue.file}${issue.line === undefined ? '' : `:${issue.line}`}`
  return `${where} ${issue.field === undefined ? '' : `${issue.field}: `}${issue.message}`
}

/** Issues grouped per file (files in name order, each file's issues by line). */
export function formatIssues(issues: ArticleIssue[], prefix = ''): string {
  return [...issues]
    .sort((a, b) => (a.file === b.file ? (a.line ?? 0) - (b.line ?? 0) : a.file < b.file ? -1 : 1))
    .map((i) => `  ${formatIssue(i, prefix)}`)
    .join('\n')
}
