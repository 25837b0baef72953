import * as z from 'zod/mini'
import { DOMAIN, SLUG } from './feed-params.ts'
import type { SavedStory } from './reader-state.ts'
import { httpUrl } from './url.ts'

/*
 * Saved stories out of the browser and back: a JSON file Broadsheet reads again (in this or
 * another browser) and a Markdown list of links for notes. Importing checks every entry on its
 * own: a bad one is skipped and counted, never the reason the good ones are lost.
 */

export const EXPORT_FORMAT = 'broadsheet-saved'
export const EXPORT_VERSION = 1

const entry = z.object({
  slug: z.string().check(z.regex(SLUG)),
  title: z.string().check(z.minLength(1), z.maxLength(1000)),
  url: z.optional(z.string()),
  source: z.string().check(z.maxLength(300), z.regex(DOMAIN)),
  date: z.string().check(z.refine((d) => !Number.isNaN(Date.parse(d)))),
  savedAt: z.string().check(z.refine((d) => !Number.isNaN(Date.parse(d)))),
})

export function exportSavedJson(saved: readonly SavedStory[], exportedAt: string): string {
  const file = { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt, stories: saved }
  return `${JSON.stringify(file, null, 2)}\n`
}

/**
 * Text as Markdown shows it, never as markup: `[` `]` `\\` would end or break a link's text,
 * `<` `>` would start HTML, `*` `_` `` ` `` emphasis or code.
 */
const plain = (text: string) => text.replace(/[\\[\]<>*_`]/g, (c) => `\\${c}`).replace(/\s+/g, ' ')

/**
 * A Markdown list, one link per story: to the original when known, else to its page here
 * (`storyUrl`). Only http(s) links are written.
 */
export function exportSavedMarkdown(
  saved: readonly SavedStory[],
  storyUrl: (slug: string) => string,
): string {
  const lines = saved.map((s) => {
    const url = httpUrl(s.url) ?? storyUrl(s.slug)
    const day = s.date.slice(0, 10)
    return `- [${plain(s.title)}](<${url.replace(/[<>]/g, encodeURIComponent)}>) — ${plain(s.source)}, ${day}`
  })
  return `# Saved stories\n\n${lines.join('\n')}\n`
}

export type ImportResult =
  { ok: true; saved: SavedStory[]; added: number; skipped: number } | { ok: false; error: string }

/**
 * Merges an exported file into `current`: stories already saved are kept as they are, new ones
 * are added after them. Accepts this format or a bare list of stories.
 */
export function importSaved(text: string, current: readonly SavedStory[]): ImportResult {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    return { ok: false, error: 'This file is not JSON: choose a file exported from Broadsheet.' }
  }
  const list = Array.isArray(data)
    ? data
    : typeof data === 'object' &&
        data !== null &&
        (data as { format?: unknown }).format === EXPORT_FORMAT
      ? (data as { stories?: unknown }).stories
      : undefined
  if (!Array.isArray(list)) {
    return { ok: false, error: 'This file holds no saved stories exported from Broadsheet.' }
  }
  const have = new Set(current.map((s) => s.slug))
  const added: SavedStory[] = []
  let skipped = 0
  for (const item of list) {
    const parsed = entry.safeParse(item)
    if (!parsed.success) {
      skipped++
      continue
    }
    if (have.has(parsed.data.slug)) continue
    have.add(parsed.data.slug)
    const { url, ...rest } = parsed.data
    const safe = httpUrl(url)
    added.push({ ...rest, ...(safe && { url: safe }) })
  }
  return { ok: true, saved: [...current, ...added], added: added.length, skipped }
}
