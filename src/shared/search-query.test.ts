import { describe, expect, it } from 'vitest'
import { emptySearchQuery, isEmptySearch, parseSearchQuery, searchTerms } from './search-query.ts'

const empty = emptySearchQuery()

describe('searchTerms', () => {
  it('lowercases, strips accents and splits on anything but letters and digits', () => {
    expect(searchTerms('Café-Société: GPT-4o, Über!')).toEqual([
      'cafe',
      'societe',
      'gpt',
      '4o',
      'uber',
    ])
    expect(searchTerms(' … ')).toEqual([])
  })

  it('splits plain ASCII text (its fast path) as it splits any other', () => {
    const ascii = "Cafe_Societe: GPT-4o, O'Neill's x-ray (2024)! ~`^"
    expect(searchTerms(ascii)).toEqual(searchTerms(`${ascii} …`))
    expect(searchTerms(ascii)).toEqual([
      'cafe',
      'societe',
      'gpt',
      '4o',
      'o',
      'neill',
      's',
      'x',
      'ray',
      '2024',
    ])
  })
})

describe('parseSearchQuery', () => {
  it('reads words, phrases, exclusions and operators together', () => {
    expect(
      parseSearchQuery(
        'Machine  learn "speech recognition" -crypto -"big tech" source:BBC.co.uk topic:ai -source:ft.com -topic:robots',
      ),
    ).toEqual({
      words: ['machine', 'learn'],
      phrases: [['speech', 'recognition']],
      excludeWords: ['crypto'],
      excludePhrases: [['big', 'tech']],
      sources: ['bbc.co.uk'],
      topics: ['ai'],
      excludeSources: ['ft.com'],
      excludeTopics: ['robots'],
    })
  })

  it('never fails on stray quotes, lone dashes, empty operators or punctuation', () => {
    expect(parseSearchQuery('"open ai')).toEqual({ ...empty, phrases: [['open', 'ai']] })
    expect(parseSearchQuery('- -- "" source: topic:')).toEqual({
      ...empty,
      words: ['source', 'topic'],
    })
    expect(isEmptySearch(parseSearchQuery('  ?!  '))).toBe(true)
  })

  it('splits a hyphenated word into words, and a one-word phrase is a word', () => {
    expect(parseSearchQuery('gpt-4 "nvidia"')).toEqual({ ...empty, words: ['gpt', '4', 'nvidia'] })
  })

  it('keeps each word and operator value once', () => {
    expect(parseSearchQuery('ai AI topic:ai topic:AI')).toEqual({
      ...empty,
      words: ['ai'],
      topics: ['ai'],
    })
  })
})
