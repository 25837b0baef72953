/** Providers (~400, Zipf-like popularity) and the article, AMP and image URLs they publish. */
import { Random, mix, zipf } from './random.ts'
import { slugify } from '../../src/shared/slug.ts'
import { clip, quoted } from './text.ts'
import { WORDS } from './words.ts'

const PROVIDER_COUNT = 400
export const IMAGE_HOST = 'https://media.broadsheet-bench.invalid'
/** A few providers publish most articles. */
export const providerRank = zipf(PROVIDER_COUNT, 1)

export interface Provider {
  name: string
  domain: string
  /** Host in article URLs: the domain, or `www.` + the domain. */
  host: string
  /** Whether article files list a 50×50 logo for it. */
  logo: boolean
  urlStyle: number
  sections: string[]
}

function providerName(r: Random): { name: string; label: string; tld: string } {
  const squash = (s: string) =>
    slugify(s.replace(/^The /, '')).replace(/-/g, r.chance(0.1) ? '-' : '')
  switch (r.weighted([30, 25, 20, 15, 10])) {
    case 0: {
      const name = `The ${r.pick(WORDS.paperAdjectives)} ${r.pick(WORDS.paperNouns)}`
      return { name, label: squash(name), tld: 'com' }
    }
    case 1: {
      const [place, tld] = r.pick(WORDS.places)
      const name = `${r.chance(0.3) ? 'The ' : ''}${place} ${r.pick(WORDS.paperNouns)}`
      return { name, label: squash(name), tld }
    }
    case 2: {
      const name = `${r.pick(WORDS.techPrefixes)}${r.pick(WORDS.techSuffixes)}`
      return { name, label: squash(name), tld: r.pick(WORDS.techTlds) }
    }
    case 3: {
      const name = `${r.pick(WORDS.techPrefixes)} ${r.pick(WORDS.techSuffixes)}`
      return { name, label: squash(name), tld: r.pick(WORDS.techTlds) }
    }
    default: {
      const letters = 'ABCDEFGHIJKLMNOPRSTVWXYZ'
      const call = `${r.pick(['K', 'W'])}${[0, 1, 2].map(() => r.pick([...letters])).join('')}`
      return { name: `${call} News ${r.int(2, 13)}`, label: call.toLowerCase(), tld: 'com' }
    }
  }
}

export function makeProviders(seed: number): Provider[] {
  const r = new Random(mix(seed, 0x70726f76))
  const providers: Provider[] = []
  const taken = new Set<string>()
  while (providers.length < PROVIDER_COUNT) {
    const { name, label, tld } = providerName(r)
    const domain = `${label}.${tld}`
    if (taken.has(domain)) continue
    taken.add(domain)
    providers.push({
      // Some feeds know a provider only by its domain.
      name: r.chance(0.06) ? domain : name,
      domain,
      host: r.chance(0.55) ? `www.${domain}` : domain,
      logo: r.chance(0.5),
      urlStyle: r.int(0, 4),
      sections: [r.pick(WORDS.sections), r.pick(WORDS.sections), r.pick(WORDS.sections)],
    })
  }
  return providers
}

const pad = (n: number) => String(n).padStart(2, '0')

export function articleUrl(r: Random, p: Provider, slug: string, date: Date): string {
  const y = date.getUTCFullYear()
  const m = pad(date.getUTCMonth() + 1)
  const d = pad(date.getUTCDate())
  const s = clip(slug, 70)
  const section = r.pick(p.sections)
  const id = r.int(100_000, 99_999_999)
  switch (p.urlStyle) {
    case 0:
      return `https://${p.host}/${section}/${y}/${m}/${d}/${s}/`
    case 1:
      return `https://${p.host}/${section}/${s}-${id}`
    case 2:
      return `https://${p.host}/news/${id}/${s}`
    case 3:
      return `https://${p.host}/${section}/${y}/${WORDS.months[date.getUTCMonth()]}/${d}/${s}`
    default:
      return `https://${p.host}/${y}/${m}/${s}.html`
  }
}

/** The AMP page and Google's AMP cache copy of it, as the feed records them. */
export function ampUrls(r: Random, page: string): [string, string] {
  const u = new URL(page)
  const amp = r.chance(0.5) ? `${page}?amp=1` : `https://${u.host}/amp${u.pathname}`
  const a = new URL(amp)
  const cacheHost = `${a.host.replace(/-/g, '--').replace(/\./g, '-')}.cdn.ampproject.org`
  return [amp, `https://${cacheHost}/c/s/${a.host}${a.pathname}${a.search}`]
}

export function imageLines(
  r: Random,
  p: Provider,
  slug: string,
  date: Date,
  indent: string,
): string[] {
  const [width, height] = r.pick(WORDS.imageSizes)
  const y = date.getUTCFullYear()
  const m = pad(date.getUTCMonth() + 1)
  const src = `${IMAGE_HOST}/${p.domain}/${y}/${m}/${clip(slug, 40)}-${r.int(1000, 99999)}.jpg`
  return [
    `${indent}- url: ${quoted(src)}`,
    `${indent}  width: ${width}`,
    `${indent}  height: ${height}`,
    `${indent}  isCached: true`,
  ]
}
