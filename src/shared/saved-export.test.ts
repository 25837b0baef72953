import { describe, expect, it } from 'vitest'
import type { SavedStory } from './reader-state.ts'
import { exportSavedJson, exportSavedMarkdown, importSaved } from './saved-export.ts'

const saved: SavedStory[] = [
  {
    slug: 'robots-learn',
    title: 'Robots [finally] learn to fold laundry',
    url: 'https://news.example/robots',
    source: 'news.example',
    date: '2024-01-04T08:00:00.000Z',
    savedAt: '2024-02-01T10:00:00.000Z',
  },
  {
    slug: 'no-link-known',
    title: 'Saved from a card',
    source: 'other.example',
    date: '2024-01-03T08:00:00.000Z',
    savedAt: '2024-02-01T09:00:00.000Z',
  },
]

describe('saved stories export and import', () => {
  it('reads back what it exported, merging without duplicates', () => {
    const file = exportSavedJson(saved, '2024-02-02T00:00:00.000Z')
    expect(importSaved(file, [])).toEqual({ ok: true, saved, added: 2, skipped: 0 })
    expect(importSaved(file, [saved[0]!])).toEqual({ ok: true, saved, added: 1, skipped: 0 })
  })

  it('writes Markdown links, to the original or else the story page, with safe link text', () => {
    const md = exportSavedMarkdown(saved, (slug) => `https://reader.example/articles/${slug}`)
    expect(md).toBe(
      '# Saved stories\n\n' +
        '- [Robots \\[finally\\] learn to fold laundry](<https://news.example/robots>) — news.example, 2024-01-04\n' +
        '- [Saved from a card](<https://reader.example/articles/no-link-known>) — other.example, 2024-01-03\n',
    )
  })

  it('skips bad entries one by one and drops links that are not http(s)', () => {
    const file = JSON.stringify([
      { ...saved[0], url: 'javascript:alert(1)' },
      { ...saved[1], slug: '../etc' },
      { title: 'no slug' },
      'text',
    ])
    const result = importSaved(file, [])
    expect(result).toMatchObject({ ok: true, added: 1, skipped: 3 })
    if (result.ok) expect(result.saved[0]).not.toHaveProperty('url')
  })

  it('writes no markup from a story’s text, and skips a source that is not a domain', () => {
    const odd = { ...saved[0]!, title: 'A <script> *bold* `code`' }
    expect(exportSavedMarkdown([odd], () => '')).toContain(
      '[A \\<script\\> \\*bold\\* \\`code\\`](',
    )
    const file = JSON.stringify([{ ...saved[1], source: '[x](javascript:alert(1))' }])
    expect(importSaved(file, [])).toMatchObject({ ok: true, added: 0, skipped: 1 })
  })

  it('says what is wrong with a file that is not an export', () => {
    expect(importSaved('{oops', [])).toMatchObject({
      ok: false,
      error: expect.stringMatching(/not JSON/),
    })
    expect(importSaved('{"a":1}', [])).toMatchObject({ ok: false })
  })
})
