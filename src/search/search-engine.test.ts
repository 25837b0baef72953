import MiniSearch from 'minisearch'
import { describe, expect, it } from 'vitest'
import { searchTerms } from '../shared/search-query.ts'
import { createSearchEngine } from './search-engine.ts'
import {
  buildSearchIndex,
  chunkToMiniSearch,
  FIELDS,
  type SearchChunk,
  type SearchSource,
} from '../shared/search-index.ts'

const guardian = { name: 'The Guardian', domain: 'theguardian.com' }
const bbc = { name: 'BBC News', domain: 'bbc.co.uk' }
const ai = { name: 'AI', slug: 'ai' }
const speech = { name: 'Speech Recognition', slug: 'speech-recognition' }
const robotics = { name: 'Robotics', slug: 'robotics' }
const doc = (
  title: string,
  excerpt: string,
  provider: SearchSource['provider'],
  topics: SearchSource['topics'],
  related: string[] = [],
): SearchSource => ({ title, excerpt, provider, topics, related })

// Ids are positions, newest first.
const docs: SearchSource[] = [
  doc('Nvidia unveils a new chip', 'The chipmaker says speech recognition gets faster.', guardian, [
    ai,
  ]),
  doc('Speech recognition comes to phones', 'Recognition of speech, now offline.', bbc, [speech]),
  doc('Robots learn to walk', 'A lab teaches machines; Nvidia hardware helps.', guardian, [
    robotics,
    ai,
  ]),
  doc('Google buys a start-up', 'The search giant expands in cloud computing.', bbc, []),
  doc(
    'Crypto and AI',
    'Big tech bets on recognition of faces.',
    bbc,
    [ai],
    ['Bitcoin miners turn to AI', 'Crypto winter thaws'],
  ),
]

/** An engine over the built index, its chunks passed through JSON as the worker gets them. */
function engineFor(sources: SearchSource[], options?: { splitPostings: number }) {
  const { manifest, chunks, sets } = buildSearchIndex(sources, options)
  const loaded: string[] = []
  const engine = createSearchEngine(JSON.parse(JSON.stringify(manifest)), {
    chunk: (n) => {
      loaded.push(manifest.chunks[n]!)
      return Promise.resolve(JSON.parse(chunks[n]!))
    },
    setBucket: (n) => {
      loaded.push(`s${n}`)
      return Promise.resolve(JSON.parse(sets[n]!))
    },
  })
  return { engine, loaded }
}

const { engine } = engineFor(docs)
const ids = async (q: string) => Array.from((await engine.search(q)).ids)
const terms = async (q: string) => (await engine.search(q)).terms

describe('search engine', () => {
  it('finds words in titles, excerpts, provider names and topics', async () => {
    expect(await ids('chipmaker')).toEqual([0])
    expect((await ids('guardian')).sort()).toEqual([0, 2])
    expect(await ids('robotics')).toEqual([2])
  })

  it('matches prefixes and forgives small typos', async () => {
    expect(await ids('goog')).toEqual([3])
    expect((await ids('nvidai')).sort()).toEqual([0, 2])
    expect(await terms('nvidai')).toContain('nvidia')
  })

  it('forgives typos only in words the index does not know', async () => {
    // "walk" is indexed, so it finds only itself; "walks" is not, so it finds "walk", one edit away.
    expect(await terms('walk')).toEqual(['walk'])
    expect(await ids('walks')).toEqual([2])
    expect(await terms('walks')).toEqual(['walk'])
  })

  it('forgives typos after the first two letters only (they choose the chunk)', async () => {
    expect(await ids('recogniton')).toEqual([1, 0, 4])
    expect(await ids('ercognition')).toEqual([])
  })

  it('ranks title hits first', async () => {
    expect(await ids('nvidia')).toEqual([0, 2])
    expect((await ids('speech'))[0]).toBe(1)
  })

  it('requires every word', async () => {
    expect(await ids('nvidia walk')).toEqual([2])
    expect(await ids('nvidia zebra')).toEqual([])
  })

  it('honours exact phrases, in order, within one field', async () => {
    expect((await ids('"speech recognition"')).sort()).toEqual([0, 1])
    expect(await ids('"recognition speech"')).toEqual([])
    // Title "… new chip", excerpt "The chipmaker …": no phrase across the two.
    expect(await ids('"chip the"')).toEqual([])
    // A one-word phrase is that word exactly, not a prefix.
    expect(await ids('"chip"')).toEqual([0])
  })

  it('counts each query word once when ranking title hits', async () => {
    const { engine: e } = engineFor([
      doc('Chips chipmakers chipped chip', 'An AI story.', guardian, []),
      doc('AI chip race', 'Nothing more.', guardian, []),
    ])
    expect(Array.from((await e.search('ai chip')).ids)).toEqual([1, 0])
  })

  it('excludes words and phrases', async () => {
    expect((await ids('recognition -crypto')).sort()).toEqual([0, 1])
    expect((await ids('recognition -"big tech"')).sort()).toEqual([0, 1])
    expect((await ids('-nvidia')).sort()).toEqual([1, 3, 4])
  })

  it('filters by source and topic operators, alone or with words', async () => {
    expect((await ids('source:bbc.co.uk')).sort()).toEqual([1, 3, 4])
    expect((await ids('recognition source:bbc.co.uk')).sort()).toEqual([1, 4])
    expect((await ids('source:bbc.co.uk source:theguardian.com')).length).toBe(5)
    expect(await ids('topic:ai topic:robotics')).toEqual([2])
    expect((await ids('topic:ai -source:bbc.co.uk')).sort()).toEqual([0, 2])
    expect(await ids('topic:no-such-topic')).toEqual([])
  })

  it('returns the matched words for highlighting, phrases included', async () => {
    expect(await terms('nvid "speech recognition"')).toEqual(
      expect.arrayContaining(['nvidia', 'speech', 'recognition']),
    )
  })
})

describe('related coverage', () => {
  // Ids are positions: 0 mentions Clearview only in its related headlines.
  const { engine: e } = engineFor([
    doc(
      'Masks trip up phones',
      'Face masks defeat facial recognition.',
      bbc,
      [],
      ['Google tells Clearview AI to stop scraping', 'Police try facial recognition on crowds'],
    ),
    doc('Scraping the web for faces', 'Clearview AI collected billions of photos.', bbc, []),
    doc('Clearview AI is sued', 'A lawsuit over photos.', guardian, []),
    doc('Phones learn faces', 'Unlocking gets faster.', guardian, []),
  ])
  const found = async (q: string) => Array.from((await e.search(q)).ids)

  it('finds a story by a word only its related headlines have, below title and excerpt matches', async () => {
    expect(await found('clearview')).toEqual([2, 1, 0])
    expect(await found('scrap')).toEqual([1, 0])
    // Every word required, whichever field has it: the title has "masks", related "google".
    expect(await found('masks google')).toEqual([0])
  })

  it('ranks a related-only match below an excerpt match even when it scores higher', async () => {
    const { engine: ranked } = engineFor([
      // The word, rare among the headlines, several times: a high score for all its low boost.
      doc('Nothing here', '', bbc, [], ['Clearview', 'Clearview', 'Clearview', 'Clearview']),
      doc('Photos', `Clearview ${'and many other words '.repeat(20)}`, bbc, []),
      doc('Photos', 'Clearview', bbc, []),
      doc('Photos', 'Clearview', bbc, []),
    ])
    expect(Array.from((await ranked.search('clearview')).ids)).toEqual([2, 3, 1, 0])
  })

  it('keeps phrases and exclusions to the story’s own text', async () => {
    expect(await found('"clearview ai"')).toEqual([2, 1])
    expect((await found('"tells clearview"')).length).toBe(0)
    // "police" is only in 0's related headlines: it is found, but not excluded.
    expect(await found('police')).toEqual([0])
    expect(await found('facial -police')).toEqual([0])
    expect(await found('face -clearview')).toEqual([3, 0])
  })

  it('returns no words to highlight that only related headlines have', async () => {
    const words = async (q: string) => (await e.search(q)).terms
    expect(await words('police')).toEqual([])
    expect(await words('clearview')).toEqual(['clearview'])
    expect(await words('goog')).toEqual([])
  })
})

describe('chunked index', () => {
  it('fetches only the chunks of the query, each once', async () => {
    const { engine: e, loaded } = engineFor(docs)
    await e.search('nvidia')
    expect(loaded).toEqual(['nv'])
    await e.search('nvidia "speech recognition" source:bbc.co.uk')
    expect(loaded.sort()).toEqual(['nv', 're', 's0', 'sp'])
  })

  it('scores a word exactly as one MiniSearch index of everything would', async () => {
    const whole = new MiniSearch<{ id: number }>({
      fields: [...FIELDS],
      tokenize: searchTerms,
      extractField: (d, field) => {
        const s = docs[d.id]!
        if (field === 'id') return d.id
        if (field === 'provider') return `${s.provider.name} ${s.provider.domain}`
        if (field === 'topics') return s.topics.map((t) => t.name).join(' ')
        if (field === 'related') return s.related.join(' ')
        return s[field as 'title' | 'excerpt']
      },
    })
    whole.addAll(docs.map((_, id) => ({ id })))
    const { chunks, manifest } = buildSearchIndex(docs)
    const options = { boost: { title: 3, topics: 1.5, provider: 1.5, related: 0.5 }, prefix: true }
    for (const word of ['recognition', 'nvidia', 'speech', 'ai', 'guard', 'the', 'crypto', 'bit']) {
      const n = manifest.chunks.indexOf(word.slice(0, 2))
      const chunk = MiniSearch.loadJS(chunkToMiniSearch(JSON.parse(chunks[n]!), manifest), {
        fields: [...FIELDS],
        tokenize: (t) => [t],
      })
      const scores = (m: MiniSearch) =>
        m
          .search(word, { ...options, fields: [...FIELDS] })
          .map((r) => [r.id, r.score.toFixed(9), r.terms])
      expect(scores(chunk), word).toEqual(scores(whole))
    }
  })

  it('stores only the field lengths a lookup reads: of the fields with a posting in the chunk', () => {
    const { chunks, manifest } = buildSearchIndex(docs)
    const chunk = JSON.parse(chunks[manifest.chunks.indexOf('ch')]!) as SearchChunk
    // "chip" (title of 0), "chipmaker" (excerpt of 0): one article, two fields.
    expect(chunk.terms.map((t) => t[0])).toEqual(['chip', 'chipmaker'])
    expect(chunk.docs).toEqual([0])
    expect(chunk.lengths).toEqual([5, 7])
  })

  it('finds the same when the words are chunked by three letters', async () => {
    const { engine: split, loaded } = engineFor(docs, { splitPostings: 1 })
    expect(await split.search('recognition')).toEqual(await engine.search('recognition'))
    expect(loaded).toEqual(['rec'])
    for (const q of ['re', 'recogniton', 'sp "speech recognition"', 'nvidai -walk', 'ch', 'a'])
      expect(await split.search(q), q).toEqual(await engine.search(q))
  })

  it('indexes nothing for an empty corpus, and searches it', async () => {
    const { engine: e } = engineFor([])
    expect(Array.from((await e.search('anything')).ids)).toEqual([])
    expect(Array.from((await e.search('-anything')).ids)).toEqual([])
  })
})
