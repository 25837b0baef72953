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

/** Milliseconds the build spent on each step of the data files. */
export interface DataBuildTimes {
  /** Listing, reading, parsing and validating the files (the build cache's load included). */
  parseMs: number
  /** The corpus-wide dataset and the data files' shared parts. */
  datasetMs: number
  /** Rendering and writing every data file (and waiting for the build cache's save). */
  writeMs: number
}

const DATA_LINE =
  /^articles: ([\d,]+) files → data in ([\d.]+) s \(parse ([\d.]+) s, dataset ([\d.]+) s, write ([\d.]+) s\)$/m
const secs = (ms: number) => (ms / 1000).toFixed(2)

/** `articles: 50,000 files → data in 6.12 s (parse 3.20 s, dataset 0.90 s, write 2.02 s)`. */
export function dataBuildLine(fileCount: number, t: DataBuildTimes): string {
  const total = t.parseMs + t.datasetMs + t.writeMs
  return `articles: ${fileCount.toLocaleString('en')} files → data in ${secs(total)} s (parse ${secs(t.parseMs)} s, dataset ${secs(t.datasetMs)} s, write ${secs(t.writeMs)} s)`
}

/** Reads back the line `dataBuildLine` logged (the bench finds it in a build's output). */
export function readDataBuildLine(
  output: string,
): (DataBuildTimes & { fileCount: number; totalMs: number }) | undefined {
  const m = DATA_LINE.exec(output)
  if (!m) return undefined
  const ms = (i: number) => Number(m[i]) * 1000
  return {
    fileCount: Number(m[1]!.replaceAll(',', '')),
    totalMs: ms(2),
    parseMs: ms(3),
    datasetMs: ms(4),
    writeMs: ms(5),
  }
}
