import { z } from 'zod'
import { toIsoDate } from './dates.ts'
import { describeValue } from './describe.ts'
import { cleanText } from './text.ts'

/*
 * The one description of an article file's frontmatter. Structural checks and coercions live
 * here (YAML dates, numbers written as strings, null lists); corpus-wide rules (slugs, merged
 * duplicates, topic spellings) live in the plugin's dataset step. Unknown fields are dropped,
 * `secured` among them, so it never reaches the browser.
 */

const required = (what: string) => (issue: { input: unknown }) =>
  issue.input === undefined ? 'is required' : `expected ${what}, got ${describeValue(issue.input)}`

/*
 * Each scalar field is one transform that checks, coerces and reports, rather than a union of
 * types piped into a transform: the same rules and messages at a fraction of the cost, which
 * counts when every field of 50,000 files goes through here.
 */
type Ctx = z.RefinementCtx
const rejectField = (ctx: Ctx, input: unknown, message: string) => {
  ctx.issues.push({ code: 'custom', input, message })
  return z.NEVER
}
const isText = (v: unknown): v is string | number | boolean | Date =>
  typeof v === 'string' ||
  typeof v === 'boolean' ||
  (typeof v === 'number' && Number.isFinite(v)) ||
  (v instanceof Date && !Number.isNaN(v.getTime()))
const toText = (v: string | number | boolean | Date) =>
  cleanText(v instanceof Date ? v.toISOString() : String(v))
/** A field that may be left out; the transform decides what a missing one means. */
const scalar = <T>(transform: (value: unknown, ctx: Ctx) => T) =>
  z.unknown().optional().transform(transform)

/** Text, also when YAML read it as a number or date (`title: 2024`); entities decoded. */
const asText = (v: unknown, ctx: Ctx) =>
  isText(v) ? toText(v) : rejectField(ctx, v, required('text')({ input: v }))
const textValue = scalar(asText)

const requiredText = scalar((v, ctx) => {
  const text = asText(v, ctx)
  return text === '' ? rejectField(ctx, v, 'must not be empty') : text
})

const optionalText = scalar((v, ctx): string | undefined =>
  v == null ? undefined : asText(v, ctx) || undefined,
)

/** A URL as written; whether it is a safe http(s) link is decided when normalising. */
const urlValue = scalar((v, ctx): string | undefined => {
  if (v == null) return undefined
  if (typeof v !== 'string') return rejectField(ctx, v, required('a URL')({ input: v }))
  return v.trim() || undefined
})

export const dateValue = scalar((value, ctx) => {
  const iso = toIsoDate(value)
  if (iso === undefined) {
    return rejectField(
      ctx,
      value,
      value === undefined || value === null
        ? 'is required'
        : `expected a date such as 2023-07-29T15:11:00Z, got ${describeValue(value)}`,
    )
  }
  return iso
})

/** A number, also when written as a string (`quality: "58"`). */
const numberValue = scalar((value, ctx): number | undefined => {
  if (value == null || value === '') return undefined
  const n = typeof value === 'string' ? Number(value.trim()) : value
  if (typeof n !== 'number' || !Number.isFinite(n))
    return rejectField(ctx, value, `expected a number, got ${describeValue(value)}`)
  return n
})

const BOOLEAN_WORDS = new Set(['true', 'false', 'yes', 'no'])
const booleanValue = scalar((v, ctx) => {
  if (v == null) return false
  if (typeof v !== 'boolean' && !BOOLEAN_WORDS.has(v as string))
    return rejectField(ctx, v, required('true or false')({ input: v }))
  return v === true || v === 'true' || v === 'yes'
})

/** `null` and a missing list both mean an empty list. */
const list = <T extends z.ZodType>(item: T) =>
  z
    .array(item, { error: required('a list') })
    .nullish()
    .transform((v) => v ?? [])

export const imageSchema = z.preprocess(
  (v) => (typeof v === 'string' ? { url: v } : v),
  z.object(
    {
      url: urlValue,
      width: numberValue,
      height: numberValue,
      isCached: booleanValue,
    },
    { error: required('an image (url, width, height)') },
  ),
)

export const providerSchema = z.object(
  {
    name: optionalText,
    domain: optionalText,
    images: list(imageSchema),
  },
  { error: required('a provider (name, domain)') },
)

export const relatedSchema = z.object(
  {
    title: requiredText,
    excerpt: optionalText,
    publishedDateTime: dateValue.optional(),
    originalUrl: urlValue,
    webUrl: urlValue,
    ampWebUrl: urlValue,
    cdnAmpWebUrl: urlValue,
    type: optionalText,
    quality: numberValue,
    provider: providerSchema.nullish(),
    images: list(imageSchema),
  },
  { error: required('a related story (title, webUrl, …)') },
)

/** Topics as a list, or as one comma-separated string. */
const topicsValue = z.preprocess(
  (v) => (typeof v === 'string' ? v.split(',') : v),
  list(textValue.nullable()).transform((topics) =>
    topics.filter((t): t is string => typeof t === 'string' && t !== ''),
  ),
)

export const articleFileSchema = z.object(
  {
    category: optionalText,
    title: requiredText,
    excerpt: optionalText,
    publishedDateTime: dateValue,
    originalUrl: urlValue,
    webUrl: urlValue,
    ampWebUrl: urlValue,
    cdnAmpWebUrl: urlValue,
    type: optionalText,
    quality: numberValue,
    heat: numberValue,
    published: booleanValue,
    provider: providerSchema.nullish(),
    topics: topicsValue,
    images: list(imageSchema),
    // Checked item by item when normalising, so one bad related story cannot sink the article.
    related: list(z.unknown()),
  },
  { error: required('YAML frontmatter with fields such as title and publishedDateTime') },
)

export type ArticleFile = z.output<typeof articleFileSchema>
export type RelatedFile = z.output<typeof relatedSchema>
export type ImageFile = z.output<typeof imageSchema>
export type ProviderFile = z.output<typeof providerSchema>
