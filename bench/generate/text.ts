/** Headlines and excerpts: seeded sentences from the word lists, and YAML quoting helpers. */
import type { Random } from './random.ts'
import { WORDS } from './words.ts'

/** Cuts a slug to at most `max` characters at a `-`. */
export function clip(slug: string, max: number): string {
  if (slug.length <= max) return slug
  const cut = slug.slice(0, max)
  const dash = cut.lastIndexOf('-')
  return dash > max / 2 ? cut.slice(0, dash) : cut
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)
const midSentence = (s: string) =>
  /^(The|A) /.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s
export const titleCase = (s: string) =>
  s.replace(/(^|[\s-])([a-z])([a-z]*)/g, (m, pre: string, c: string, rest: string) =>
    /^(a|an|and|as|at|by|for|in|of|on|or|the|to|with)$/.test(c + rest) && pre !== ''
      ? m
      : pre + c.toUpperCase() + rest,
  )

/** A double-quoted YAML scalar: JSON string syntax is valid YAML. */
export const quoted = (s: string) => JSON.stringify(s)
/** Plain when YAML reads it back unchanged (as the real files write names and topics). */
export const plain = (s: string) =>
  /^[\p{L}\d][\p{L}\d .,'’&()/-]*$/u.test(s) && !/^(true|false|yes|no|null|on|off)$/i.test(s)
    ? s
    : quoted(s)
/** URLs: quoted in most files, bare in older ones, as in the real corpus. */
export const url = (u: string, bare: boolean) =>
  bare && /^[\w:/.?=&%~+-]+$/.test(u) ? u : quoted(u)

/** Writes `&` and apostrophes as feeds do: sometimes as HTML entities or a curly quote. */
export function asFeedText(r: Random, text: string, p: number): string {
  if (!/[&']/.test(text) || !r.chance(p)) return text
  const apostrophe = r.pick(['&#8217;', '’', '&#8217;'])
  return text.replace(/&/g, '&amp;').replace(/'/g, apostrophe)
}

const isPlural = (noun: string) => /s$/.test(noun) && !/ics$/.test(noun)
/** Makes a present-tense phrase ("is …", "still struggles …") agree with `noun`. */
const agree = (noun: string, phrase: string) =>
  isPlural(noun)
    ? phrase.replace(
        /^(still )?(\w+)/,
        (_, still: string | undefined, verb: string) =>
          (still ?? '') + (verb === 'is' ? 'are' : verb.replace(/s$/, '')),
      )
    : phrase

const fill = (r: Random, s: string) =>
  s
    .replace('$N million', () => `$${r.pick([5, 10, 25, 50, 100, 250, 500])} million`)
    .replace('$N trillion', () => `$${r.int(1, 15)} trillion`)
    .replace('N%', () => `${r.int(2, 9) * 5}%`)

function object(r: Random): string {
  const adjective = r.chance(0.6) ? `${r.pick(WORDS.adjectives)} ` : ''
  return `${adjective}${r.pick(WORDS.things)} ${r.pick(WORDS.purposes)}`
}

function subject(r: Random): string {
  return r.chance(0.75) ? r.pick(WORDS.companies) : r.pick(WORDS.institutions)
}

/** A headline from one of a dozen shapes, in sentence case (sometimes Title Case). */
export function makeTitle(r: Random, year: number): string {
  const company = r.pick(WORDS.companies)
  const tech = r.pick(WORDS.tech)
  const field = r.pick(WORDS.fields)
  let title: string
  switch (r.weighted([36, 8, 6, 8, 5, 7, 5, 5, 4, 7, 5, 4])) {
    case 0: {
      const verb = fill(r, r.pick(WORDS.verbs)).replace('X', midSentence(subject(r)))
      title = `${subject(r)} ${verb} ${object(r)}`
      break
    }
    case 1: {
      const how = r.chance(0.7) ? `${tech} ${agree(tech, 'is')}` : `${company} is`
      title = `How ${how} ${r.pick(WORDS.gerunds)} ${field}`
      break
    }
    case 2:
      title = r.chance(0.5)
        ? `${r.int(3, 12)} ways ${tech} will change ${field}`
        : `${r.int(3, 10)} ${tech} ${r.pick(['trends', 'startups', 'tools'])} to watch in ${year}`
      break
    case 3:
      title = `${r.pick(WORDS.studies)} finds ${tech} ${agree(tech, fill(r, r.pick(WORDS.findings)))}`
      break
    case 4: {
      const market = r.pick(WORDS.markets)
      title = r.pick([
        `${market} Market ${year}-${year + 7}: Size, Share, Trends and Forecast`,
        `Global ${market} Market Research Report ${year}`,
        `${market} Market to Reach $${r.int(2, 90)} Billion by ${year + 6}`,
        `${market} Market Expecting Huge Growth by ${year + 5}`,
      ])
      break
    }
    case 5:
      title = r.pick([
        `Can ${tech} ${r.pick(['fix', 'save', 'really help', 'replace'])} ${field}?`,
        `${capitalise(agree(tech, 'is'))} ${tech} ready for ${field}?`,
        `Will ${tech} take your job?`,
        `Should ${field} be worried about ${tech}?`,
        `What ${company}'s new ${r.pick(WORDS.things)} means for ${field}`,
      ])
      break
    case 6:
      title = r.chance(0.5)
        ? `${company} boss calls ${tech} "${r.pick(WORDS.quotes)}"`
        : `"${capitalise(r.pick(WORDS.quotes))}": ${r.pick(WORDS.groups)} on the rise of ${tech}`
      break
    case 7:
      title = `${company} and ${r.pick(WORDS.companies)} team up on ${object(r)}`
      break
    case 8:
      title = r.pick([
        `Opinion: we need rules for ${tech} in ${field} now`,
        `Explainer: what is ${tech} and why does it matter?`,
        `Analysis: ${company}'s bet on ${tech} is paying off`,
        `${company} ${r.pick(WORDS.events)} ${year}: all the AI announcements`,
      ])
      break
    case 9:
      title = `${company}'s ${r.pick(WORDS.adjectives)} ${r.pick(WORDS.things)} ${r.pick(WORDS.claims)}`
      break
    case 10:
      title = `${r.pick(WORDS.localActors)} ${r.pick(WORDS.localActions)} ${tech} ${r.pick(WORDS.purposes)}`
      break
    default:
      title = `${r.pick(WORDS.groups)} ${r.pick(WORDS.groupVerbs)} ${object(r)}`
  }
  return capitalise(r.chance(0.12) ? titleCase(title) : title)
}

const SENTENCE_SHAPES = 8

const agreeing = (r: Random, nouns: readonly string[], phrases: readonly string[]) => {
  const noun = r.pick(nouns)
  return `${noun} ${agree(noun, fill(r, r.pick(phrases)))}`
}

function sentence(r: Random, shape: number): string {
  switch (shape) {
    case 0:
      return `${subject(r)} said on ${r.pick(WORDS.weekdays)} that it would ${r.pick(WORDS.baseVerbs)} its ${object(r)}, a move analysts say could ${r.pick(WORDS.effects)}.`
    case 1:
      return `The ${r.pick(WORDS.things)}, which ${r.pick(WORDS.clauses)}, is expected to be available ${r.pick(WORDS.when)}.`
    case 2:
      return `Researchers at ${r.pick(WORDS.universities)} found that ${agreeing(r, WORDS.tech, WORDS.findings)}, according to a paper published in ${r.pick(WORDS.journals)}.`
    case 3:
      return `Critics warn that ${r.pick(WORDS.concerns)}.`
    case 4:
      return `The announcement comes as ${r.pick(WORDS.contexts)}.`
    case 5:
      return `"${r.pick(WORDS.sayings)}," said ${r.pick(WORDS.firstNames)} ${r.pick(WORDS.lastNames)}, ${r.pick(WORDS.roles)} at ${r.pick(WORDS.companies)}.`
    case 6:
      return `The report on the global ${r.pick(WORDS.markets)} market is a complete overview of the market, covering ${r.pick(WORDS.marketAspects)}.`
    default:
      return `${r.int(12, 87)} per cent of ${r.pick(WORDS.people)} say they ${r.pick(WORDS.attitudes)}, according to a survey by ${r.pick(WORDS.companies)}.`
  }
}

/** 100 to 300 characters of sentences; long ones are cut at a word and end with " ...". */
export function makeExcerpt(r: Random): string {
  const target = r.int(100, 300)
  // Each sentence shape at most once, so no excerpt says the same thing twice.
  const shapes = Array.from({ length: SENTENCE_SHAPES }, (_, i) => i)
  const next = () => sentence(r, shapes.splice(r.int(0, shapes.length - 1), 1)[0]!)
  let text = next()
  while (text.length < target && shapes.length > 0) text += ` ${next()}`
  if (text.length > 300) {
    const cut = text.slice(0, 296)
    text = `${cut.slice(0, cut.lastIndexOf(' ')).replace(/[,;:]$/, '')} ...`
  }
  return text
}
