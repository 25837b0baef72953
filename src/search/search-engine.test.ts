import { describe, expect, it } from 'vitest'
import type { SearchDoc } from '../shared/data.ts'
import { createSearchEngine } from './search-engine.ts'

const names = {
  providers: [
    { name: 'The Guardian', domain: 'theguardian.com' },
    { name: 'BBC News', domain: 'bbc.co.uk' },
  ],
  topics: [
    { name: 'AI', slug: 'ai' },
    { name: 'Speech Recognition', slug: 'speech-recognition' },
    { name: 'Robotics', slug: 'robotics' },
  ],
}

// Ids are positions, newest first.
const docs: SearchDoc[] = [
  ['Nvidia unveils a new chip', 'The chipmaker says speech recognition gets faster.', 0, [0]],
  ['Speech recognition comes to phones', 'Recognition of speech, now offline.', 1, [1]],
  ['Robots learn to walk', 'A lab teaches machines; Nvidia hardware helps.', 0, [2, 0]],
  ['Google buys a start-up', 'The search giant expands in cloud computing.', 1, []],
  ['Crypto and AI', 'Big tech bets on recognition of faces.', 1, [0]],
]

const engine = createSearchEngine(docs, names)
const ids = (q: string) => Array.from(engine.search(q).ids)

describe('search engine', () => {
  it('finds words in titles, excerpts, provider names and topics', () => {
    expect(ids('chipmaker')).toEqual([0])
    expect(ids('guardian').sort()).toEqual([0, 2])
    expect(ids('robotics')).toEqual([2])
  })

  it('matches prefixes and forgives small typos', () => {
    expect(ids('goog')).toEqual([3])
    expect(ids('nvidai').sort()).toEqual([0, 2])
    expect(engine.search('nvidai').terms).toContain('nvidia')
  })

  it('forgives typos only in words the index does not know', () => {
    // "walk" is indexed, so it finds only itself; "talk" is not, so it finds "walk", one edit away.
    expect(engine.search('walk').terms).toEqual(['walk'])
    expect(ids('talk')).toEqual([2])
    expect(engine.search('talk').terms).toEqual(['walk'])
  })

  it('ranks title hits first', () => {
    expect(ids('nvidia')).toEqual([0, 2])
    expect(ids('speech')[0]).toBe(1)
  })

  it('requires every word', () => {
    expect(ids('nvidia walk')).toEqual([2])
  })

  it('honours exact phrases, in order, within one field', () => {
    expect(ids('"speech recognition"').sort()).toEqual([0, 1])
    expect(ids('"recognition speech"')).toEqual([])
    // Title "… new chip", excerpt "The chipmaker …": no phrase across the two.
    expect(ids('"chip the"')).toEqual([])
  })

  it('counts each query word once when ranking title hits', () => {
    const e = createSearchEngine(
      [
        ['Chips chipmakers chipped chip', 'An AI story.', 0, []],
        ['AI chip race', 'Nothing more.', 0, []],
      ],
      names,
    )
    expect(Array.from(e.search('ai chip').ids)).toEqual([1, 0])
  })

  it('excludes words and phrases', () => {
    expect(ids('recognition -crypto').sort()).toEqual([0, 1])
    expect(ids('recognition -"big tech"').sort()).toEqual([0, 1])
    expect(ids('-nvidia').sort()).toEqual([1, 3, 4])
  })

  it('filters by source and topic operators, alone or with words', () => {
    expect(ids('source:bbc.co.uk').sort()).toEqual([1, 3, 4])
    expect(ids('recognition source:bbc.co.uk').sort()).toEqual([1, 4])
    expect(ids('topic:ai topic:robotics')).toEqual([2])
    expect(ids('topic:ai -source:bbc.co.uk').sort()).toEqual([0, 2])
    expect(ids('topic:no-such-topic')).toEqual([])
  })

  it('returns the matched words for highlighting, phrases included', () => {
    const { terms } = engine.search('nvid "speech recognition"')
    expect(terms).toEqual(expect.arrayContaining(['nvidia', 'speech', 'recognition']))
  })
})
