/** Plans the corpus (titles, dates, duplicates, file names) and renders each article file. */
import {
  IMAGE_HOST,
  ampUrls,
  articleUrl,
  imageLines,
  providerRank,
  type Provider,
} from './providers.ts'
import { Random, mix, zipf } from './random.ts'
import { asFeedText, clip, makeExcerpt, makeTitle, plain, quoted, titleCase, url } from './text.ts'
import { createSlugAllocator, slugify } from '../../src/shared/slug.ts'
import { WORDS } from './words.ts'

const FIRST_DAY = Date.UTC(2014, 0, 1)
const LAST_DAY = Date.UTC(2024, 11, 31)
const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR
const TOPIC_COUNT_WEIGHTS = [25, 40, 25, 10] // 1, 2, 3 or 4 topics
const RELATED_COUNT_WEIGHTS = [0, 24, 18, 13, 11, 9, 9, 8, 8] // 1..8 related stories
/** A few topics are on most articles. */
const topicRank = zipf(WORDS.topics.length, 0.9)

const isoMinute = (ms: number) => new Date(ms).toISOString().replace(/:\d\d\.\d{3}Z$/, ':00Z')

/** What other files need to know about an article: enough to duplicate it or link to it. */
export interface Head {
  title: string
  slug: string
  /** Milliseconds since the epoch, whole minutes. */
  date: number
  bareDate: boolean
  provider: Provider
  url: string
  /** Whether the file writes `originalUrl` (always, for duplicates). */
  original: boolean
  /** Older-style file: no originalUrl, bare URLs, no provider logo. */
  legacy: boolean
  /** Seeds what duplicates share: excerpt, topics, image. */
  story: number
  /** Path relative to the corpus folder, `/`-separated. */
  file: string
}

/** A date in the ten years of the corpus, more of them recent. */
function randomDate(r: Random): number {
  const t = FIRST_DAY + (LAST_DAY - FIRST_DAY) * r.float() ** 0.7
  return Math.floor(t / MINUTE) * MINUTE
}

export function planHeads(count: number, seed: number, providers: Provider[]): Head[] {
  const fileName = createSlugAllocator()
  const urls = new Set<string>()
  const heads: Head[] = []
  for (let i = 0; i < count; i++) {
    const r = new Random(mix(seed, 1, i))
    const source = i > 0 && r.chance(0.01) ? heads[r.int(0, i - 1)] : undefined
    let head: Omit<Head, 'file'>
    if (source) {
      // The same story fetched again: same URL, a few hours or days apart.
      const shift = (r.chance(0.5) ? 1 : -1) * (r.int(1, 96) * HOUR + r.int(1, 59) * MINUTE)
      head = { ...source, date: source.date + shift, bareDate: false, original: true }
    } else {
      const date = randomDate(r)
      const title = makeTitle(r, new Date(date).getUTCFullYear())
      const slug = slugify(title) || 'article'
      const provider = providers[providerRank(r)]!
      let link = articleUrl(r, provider, slug, new Date(date))
      for (let n = 2; urls.has(link); n++) link = `${link}?p=${n}`
      urls.add(link)
      const legacy = r.chance(date < Date.UTC(2020, 0, 1) ? 0.55 : 0.12)
      const bareDate = r.chance(0.01)
      head = {
        title,
        slug,
        date: bareDate ? Math.floor(date / DAY) * DAY : date,
        bareDate,
        provider,
        url: link,
        original: !legacy && r.chance(0.95),
        legacy,
        story: i,
      }
    }
    const day = isoMinute(head.date).slice(0, 10)
    const wanted = `${day}-${clip(head.slug, 90)}`
    const base = fileName(wanted)
    const folder = r.chance(0.5) ? `${day.slice(0, 4)}/${day.slice(5, 7)}/` : ''
    heads.push({ ...head, file: `${folder}${base}.md` })
  }
  return heads
}

function topicLines(r: Random): string[] {
  const count = r.weighted(TOPIC_COUNT_WEIGHTS) + 1
  const topics = new Set<string>()
  if (r.chance(0.92)) topics.add('AI')
  while (topics.size < count) topics.add(WORDS.topics[topicRank(r)]!)
  const list = [...topics].map((t) =>
    // A few feeds spell topics their own way; the dataset step unifies them.
    t !== 'AI' && r.chance(0.015)
      ? r.chance(0.7)
        ? t.toLowerCase()
        : titleCase(t.toLowerCase())
      : t,
  )
  if (r.chance(0.3)) list.reverse()
  return list.map((t) => `  - ${plain(t)}`)
}

function relatedLines(r: Random, self: number, heads: Head[], providers: Provider[], seed: number) {
  const article = heads[self]!
  const lines: string[] = []
  const count = r.weighted(RELATED_COUNT_WEIGHTS)
  for (let k = 0; k < count; k++) {
    const target =
      heads.length > 1 && r.chance(0.01) ? heads[r.int(0, heads.length - 1)] : undefined
    let title: string, excerpt: string | undefined, date: number, link: string, p: Provider
    if (target && target.url !== article.url) {
      // A related story that is itself in the corpus.
      title = target.title
      excerpt = makeExcerpt(new Random(mix(seed, 3, target.story)))
      date = target.date
      link = target.url
      p = target.provider
    } else {
      date = article.date + r.int(-72 * 60, 24 * 60) * MINUTE
      title = makeTitle(r, new Date(date).getUTCFullYear())
      excerpt = r.chance(0.95) ? makeExcerpt(r) : undefined
      p = providers[providerRank(r)]!
      link = articleUrl(r, p, slugify(title), new Date(date))
    }
    lines.push(`  - title: ${quoted(asFeedText(r, title, 0.3))}`)
    if (excerpt !== undefined) lines.push(`    excerpt: ${quoted(excerpt)}`)
    lines.push(`    publishedDateTime: ${isoMinute(date)}`)
    lines.push(`    webUrl: ${url(link, article.legacy)}`)
    if (r.chance(0.2)) {
      const [amp, cdn] = ampUrls(r, link)
      lines.push(`    ampWebUrl: ${url(amp, article.legacy)}`)
      lines.push(`    cdnAmpWebUrl: ${url(cdn, article.legacy)}`)
    }
    lines.push('    type: article', '    provider:')
    lines.push(`      name: ${plain(p.name)}`, `      domain: ${p.domain}`)
    lines.push(`    quality: ${r.int(3, 140)}`)
    if (r.chance(0.4))
      lines.push('    images:', ...imageLines(r, p, slugify(title), new Date(date), '      '))
  }
  return lines
}

/** The text of one article file, fields in the real files' order and layout. */
export function renderArticle(
  index: number,
  heads: Head[],
  providers: Provider[],
  seed: number,
): string {
  const h = heads[index]!
  const r = new Random(mix(seed, 2, index))
  const story = new Random(mix(seed, 3, h.story))
  const excerpt = makeExcerpt(story)
  const bare = h.legacy
  const lines = [
    '---',
    'category: news',
    `title: ${quoted(asFeedText(r, h.title, 0.35))}`,
    `excerpt: ${quoted(asFeedText(r, excerpt, 0.05))}`,
    `publishedDateTime: ${h.bareDate ? isoMinute(h.date).slice(0, 10) : isoMinute(h.date)}`,
  ]
  if (h.original) lines.push(`originalUrl: ${url(h.url, bare)}`)
  lines.push(`webUrl: ${url(h.url, bare)}`)
  if (r.chance(0.42)) {
    const [amp, cdn] = ampUrls(r, h.url)
    lines.push(`ampWebUrl: ${url(amp, bare)}`, `cdnAmpWebUrl: ${url(cdn, bare)}`)
  }
  lines.push('type: article')
  if (r.chance(0.78)) {
    const quality = r.chance(0.02) ? -1 : Math.round(5 + 150 * r.float() ** 1.6)
    const heat = r.chance(0.18)
      ? -1
      : r.chance(0.5)
        ? quality
        : Math.max(0, quality + r.int(-20, 40))
    const number = (n: number) => (r.chance(0.04) ? `"${n}"` : String(n))
    lines.push(`quality: ${number(quality)}`, `heat: ${number(heat)}`)
  }
  if (r.chance(0.75)) lines.push(`published: ${r.chance(0.5)}`)

  const p = h.provider
  lines.push('', 'provider:', `  name: ${plain(p.name)}`, `  domain: ${p.domain}`)
  if (p.logo && !h.legacy) {
    lines.push(
      '  images:',
      `    - url: ${quoted(`${IMAGE_HOST}/organizations/${p.domain}-50x50.jpg`)}`,
    )
    lines.push('      width: 50', '      height: 50')
  }

  lines.push('', 'topics:', ...topicLines(story))
  if (story.chance(0.8)) {
    const image = imageLines(story, p, h.slug, new Date(h.date), '  ')
    if (h.legacy && r.chance(0.5)) image[3] = `    title: ${quoted(h.title)}`
    lines.push('', 'images:', ...image)
  }
  if (r.chance(0.45)) lines.push('', 'related:', ...relatedLines(r, index, heads, providers, seed))

  const secured = `${r.base64(r.int(14, 27) * 16)};${r.base64(16)}`
  lines.push('', `secured: ${quoted(secured)}`, '---', '', '')
  return lines.join('\n')
}
