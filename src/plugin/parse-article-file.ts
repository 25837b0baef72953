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
 * The frontmatter's fields, read exactly as gray-matter did but faster (js-yaml 4 directly, not
 * gray-matter's js-yaml 3). The block runs from the line break that ends the opening `---` to the
 * first line that starts with `---`. Nothing (null), or nothing but blank and comment lines, is
 * no fields at all; the comment check runs only when YAML finds no mapping, as such a block
 * never holds one.
 */
function readFrontmatter(text: string): { block: string; data: unknown } {
  const block = text.slice(3, text.indexOf('\n---', 3))
  const blank = () => block.replace(/^\s*#[^\n]+/gm, '').trim() === ''
  let data: unknown
  try {
    data = yaml.load(block)
  } catch (error) {
    if (blank()) return { block, data: {} }
    throw error
  }
  return { block, data: data == null || (typeof data !== 'object' && blank()) ? {} : data }
}

/** Parses, validates and normalises one article file's text. Never throws. */
export function parseArticleFile(
  file: string,
  source: string,
  options: NormaliseOptions = {},
): ParsedFile {
  const text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')
  const fail = (message: string, line?: number): ParsedFile => ({
    ok: false,
    file,
    errors: [{ file, line, message }],
    warnings: [],
  })

  if (text.trim() === '') {
    return fail('the file is empty: expected YAML frontmatter between two "---" lines')
  }
  if (!CLOSED_FRONTMATTER.test(text)) {
    return text.startsWith('---')
      ? fail('the frontmatter is not closed: add a line "---" after the last field', 1)
      : fail(
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
    return fail(`invalid YAML: ${reason}`, mark ? mark.line + 1 : undefined)
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
