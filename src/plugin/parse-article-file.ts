import matter from 'gray-matter'
import yaml from 'js-yaml'
import { articleFileSchema } from '../shared/article-schema.ts'
import {
  linkProblem,
  normaliseArticle,
  type NormaliseOptions,
  type SourceArticle,
} from '../shared/normalise-article.ts'
import { locateField } from './locate-field.ts'

export interface ArticleIssue {
  /** Path relative to the articles folder, with `/` separators. */
  file: string
  /** 1-based line in the file, where known. */
  line?: number
  /** Dotted field path (`related.2.webUrl`), when the problem is one field. */
  field?: string
  message: string
}

export type ParsedFile =
  | { ok: true; file: string; article: SourceArticle; warnings: ArticleIssue[] }
  | { ok: false; file: string; errors: ArticleIssue[]; warnings: ArticleIssue[] }

const CLOSED_FRONTMATTER = /^---[ \t]*\n[\s\S]*?\n---[ \t]*(?:\n|$)|^---[ \t]*\n---[ \t]*(?:\n|$)/

/**
 * gray-matter reads the frontmatter, with js-yaml 4 as its YAML engine (gray-matter bundles js-yaml
 * 3, slower and older). Passing options also keeps gray-matter from caching every text it sees.
 * `block` is the YAML between the fences: it starts with the line break that ends the opening
 * `---` line, so a YAML error's line + 1 is the file's line. No fields (null) reads as `{}`.
 */
const MATTER_OPTIONS = { engines: { yaml: (source: string) => yaml.load(source) as object } }

function readFrontmatter(text: string): { block: string; data: unknown } {
  const file = matter(text, MATTER_OPTIONS)
  return { block: file.matter, data: file.data ?? {} }
}

/** Parses, validates and normalises one article file's text. Never throws. */
export function parseArticleFile(
  file: string,
  source: string,
  options: NormaliseOptions = {},
): ParsedFile {
  const text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')
  const fileError = (message: string, line?: number): ParsedFile => ({
    ok: false,
    file,
    errors: [{ file, line, message }],
    warnings: [],
  })

  if (text.trim() === '') {
    return fileError('the file is empty: expected YAML frontmatter between two "---" lines')
  }
  if (!CLOSED_FRONTMATTER.test(text)) {
    return text.startsWith('---')
      ? fileError('the frontmatter is not closed: add a line "---" after the last field', 1)
      : fileError(
          'no frontmatter: the file must start with a line "---", then the fields, then "---"',
          1,
        )
  }

  let data: unknown
  let block: string
  try {
    ;({ block, data } = readFrontmatter(text))
  } catch (error) {
    const mark = (error as { mark?: { line: number; column: number } }).mark
    const reason = (error as { reason?: string }).reason ?? (error as Error).message
    // The YAML block starts with the newline that ends the opening "---" line (line 1).
    return fileError(`invalid YAML: ${reason}`, mark ? mark.line + 1 : undefined)
  }

  const issue = (path: (string | number)[], message: string): ArticleIssue => ({
    file,
    line: locateField(block, path),
    field: path.length > 0 ? path.join('.') : undefined,
    message,
  })

  const result = articleFileSchema.safeParse(data)
  if (!result.success) {
    const problems = result.error.issues.map((i) => ({
      path: i.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
      message: i.message,
    }))
    const links = typeof data === 'object' && data !== null ? linkProblem(data) : undefined
    if (links && !problems.some((p) => p.path[0] === links.path[0])) problems.push(links)
    return { ok: false, file, errors: problems.map((p) => issue(p.path, p.message)), warnings: [] }
  }

  const normalised = normaliseArticle(result.data, options)
  const warnings = normalised.warnings.map((w) => issue(w.path, w.message))
  if (!normalised.article) {
    return {
      ok: false,
      file,
      errors: normalised.errors.map((e) => issue(e.path, e.message)),
      warnings,
    }
  }
  return { ok: true, file, article: normalised.article, warnings }
}
