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

/** Text, also when YAML read it as a number or date (`title: 2024`); entities decoded. */
const textValue = z
  .union([z.string(), z.number(), z.boolean(), z.date()], { error: required('text') })
  .transform((v) => cleanText(v instanceof Date ? v.toISOString() : String(v)))

const requiredText = textValue.refine((v) => v !== '', { error: 'must not be empty' })
const optionalText = textValue.nullish().transform((v) => (v === '' || v == null ? undefined : v))

/** A URL as written; whether it is a safe http(s) link is decided when normalising. */
const urlValue = z
  .string({ error: required('a URL') })
  .nullish()
  .transform((v) => (v == null || v.trim() === '' ? undefined : v.trim()))

export const dateValue = z.unknown().transform((value, ctx) => {
  const iso = toIsoDate(value)
  if (iso === undefined) {
    ctx.issues.push({
      code: 'custom',
      input: value,
      message:
        value === undefined || value === null
          ? 'is required'
          : `expected a date such as 2023-07-29T15:11:00Z, got ${describeValue(value)}`,
    })
    return z.NEVER
  }
  return iso
})

/** A number, also when written as a string (`quality: "58"`). */
const numberValue = z
  .union([z.number(), z.string()], { error: required('a number') })
  .nullish()
  .transform((value, ctx) => {
    if (value == null || value === '') return undefined
    const n = typeof value === 'number' ? value : Number(value.trim())
    if (!Number.isFinite(n)) {
      ctx.issues.push({
        code: 'custom',
        input: value,
        message: `expected a number, got ${describeValue(value)}`,
      })
      return z.NEVER
    }
    return n
  })

const booleanValue = z
  .union([z.boolean(), z.enum(['true', 'false', 'yes', 'no'])], {
    error: required('true or false'),
  })
  .nullish()
  .transform((v) => v === true || v === 'true' || v === 'yes')

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
