import MiniSearch from 'minisearch'
import { describe, expect, it } from 'vitest'
import { searchTerms } from '../shared/search-query.ts'
import { createSearchEngine } from './search-engine.ts'
import { buildSearchIndex, chunkToMiniSearch, type SearchSource } from '../shared/search-index.ts'

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
): SearchSource => ({ title, excerpt, provider, topics })

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
  doc('Crypto and AI', 'Big tech bets on recognition of faces.', bbc, [ai]),
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
      fields: ['title', 'excerpt', 'provider', 'topics'],
      tokenize: searchTerms,
      extractField: (d, field) => {
        const s = docs[d.id]!
        if (field === 'id') return d.id
        if (field === 'provider') return `${s.provider.name} ${s.provider.domain}`
        if (field === 'topics') return s.topics.map((t) => t.name).join(' ')
        return s[field as 'title' | 'excerpt']
      },
    })
    whole.addAll(docs.map((_, id) => ({ id })))
    const { chunks, manifest } = buildSearchIndex(docs)
    const options = { boost: { title: 3, topics: 1.5, provider: 1.5 }, prefix: true }
    for (const word of ['recognition', 'nvidia', 'speech', 'ai', 'guard', 'the']) {
      const n = manifest.chunks.indexOf(word.slice(0, 2))
      const chunk = MiniSearch.loadJS(chunkToMiniSearch(JSON.parse(chunks[n]!), manifest), {
        fields: ['title', 'excerpt', 'provider', 'topics'],
        tokenize: (t) => [t],
      })
      const scores = (m: MiniSearch) =>
        m
          .search(word, { ...options, fields: ['title', 'excerpt', 'provider', 'topics'] })
          .map((r) => [r.id, r.score.toFixed(9), r.terms])
      expect(scores(chunk), word).toEqual(scores(whole))
    }
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
