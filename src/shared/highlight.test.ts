import { describe, expect, it } from 'vitest'
import { highlightSegments } from './highlight.ts'

describe('highlightSegments', () => {
  it('marks whole words whose search form is a term, keeping the original text', () => {
    expect(highlightSegments('Nvidia’s Café opens; nvidia-backed', ['nvidia', 'cafe'])).toEqual([
      { text: 'Nvidia', mark: true },
      { text: '’s ', mark: false },
      { text: 'Café', mark: true },
      { text: ' opens; ', mark: false },
      { text: 'nvidia', mark: true },
      { text: '-backed', mark: false },
    ])
  })

  it('marks matched words with only spaces between as one run', () => {
    const terms = ['facial', 'recognition', 'police']
    expect(highlightSegments('Police facial  recognition\u00a0police, facial', terms)).toEqual([
      { text: 'Police facial  recognition\u00a0police', mark: true },
      { text: ', ', mark: false },
      { text: 'facial', mark: true },
    ])
    // Punctuation between the words, or a word between them, keeps the marks apart.
    expect(highlightSegments('facial-recognition, facial and recognition', terms)).toEqual([
      { text: 'facial', mark: true },
      { text: '-', mark: false },
      { text: 'recognition', mark: true },
      { text: ', ', mark: false },
      { text: 'facial', mark: true },
      { text: ' and ', mark: false },
      { text: 'recognition', mark: true },
    ])
  })

  it('leaves text alone without terms or matches, and never marks part of a word', () => {
    expect(highlightSegments('Google', [])).toEqual([{ text: 'Google', mark: false }])
    expect(highlightSegments('Googles <b>', ['google'])).toEqual([
      { text: 'Googles <b>', mark: false },
    ])
  })
})
