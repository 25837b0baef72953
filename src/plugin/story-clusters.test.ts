import { describe, expect, it } from 'vitest'
import type { SourceArticle } from '../shared/normalise-article.ts'
import { buildDataset } from './build-dataset.ts'
import { storyClusters } from './story-clusters.ts'

const outlet = (domain: string, logo?: string) => ({
  domain,
  name: domain.split('.')[0]!.toUpperCase(),
  ...(logo && { logo }),
})
const file = (name: string, fields: Partial<SourceArticle> & { url: string; date: string }) => ({
  file: name,
  article: {
    title: 'A story',
    excerpt: '',
    published: true,
    provider: outlet('x.com'),
    topics: ['AI'],
    images: [],
    related: [],
    ...fields,
  } satisfies SourceArticle,
})

const TITLE = 'Intel expands college AI training programme to 11 US states'
const dataset = buildDataset([
  file('a.md', {
    title: TITLE,
    url: 'https://engadget.com/intel',
    date: '2021-08-04T12:00:00.000Z',
    provider: outlet('engadget.com', 'https://engadget.com/logo.png'),
    related: [
      // The other article, by an AMP link: it is not listed twice.
      { title: TITLE, url: 'https://itpro.co.uk/intel/amp/', provider: outlet('itpro.co.uk') },
      {
        title: 'Intel and colleges',
        url: 'https://zdnet.com/intel',
        provider: outlet('zdnet.com'),
      },
    ],
  }),
  file('b.md', {
    title: `${TITLE}, says Intel`,
    url: 'https://www.itpro.co.uk/intel',
    date: '2021-08-04T08:00:00.000Z',
    provider: outlet('itpro.co.uk'),
    related: [
      {
        title: 'Intel and colleges',
        url: 'https://zdnet.com/intel?utm_source=x',
        provider: outlet('zdnet.com'),
      },
      {
        title: 'Intel’s plan',
        url: 'https://theverge.com/intel',
        date: '2021-08-05T00:00:00.000Z',
        provider: outlet('theverge.com'),
      },
    ],
  }),
  file('c.md', {
    title: 'Robots learn to fold laundry in a new study',
    url: 'https://robots.example/laundry',
    date: '2021-08-03T00:00:00.000Z',
  }),
])
const [a, b, c] = dataset.articles as [
  (typeof dataset.articles)[0],
  (typeof dataset.articles)[0],
  (typeof dataset.articles)[0],
]

describe('storyClusters', () => {
  const clusters = storyClusters(dataset)

  it('names each cluster by its newest article and lists the rest as left out', () => {
    expect(Array.from(clusters.of)).toEqual([0, 0, 2])
    expect(clusters.hidden).toEqual([1])
  })

  it('gives each story page the rest of its cluster, each story once', () => {
    // a lists b (by an AMP link) and zdnet: b's own related story from The Verge is the rest.
    expect(clusters.extraCoverage(a).map((s) => s.url)).toEqual(['https://theverge.com/intel'])
    // b lists zdnet (with a utm_ parameter) and The Verge: a is the rest, with its slug.
    expect(clusters.extraCoverage(b)).toEqual([
      expect.objectContaining({ url: 'https://engadget.com/intel', slug: a.slug }),
    ])
    expect(clusters.extraCoverage(c)).toEqual([])
  })

  it('tells a card how many outlets cover its story, its own logo first', () => {
    // engadget, itpro, zdnet, theverge: four outlets.
    expect(clusters.card(a)).toEqual({
      outlets: 4,
      logos: [
        { domain: 'engadget.com', name: 'ENGADGET', logo: 'https://engadget.com/logo.png' },
        expect.objectContaining({ domain: 'itpro.co.uk' }),
        expect.objectContaining({ domain: 'zdnet.com' }),
      ],
    })
    expect(clusters.card(b)?.logos[0]?.domain).toBe('itpro.co.uk')
    expect(clusters.card(c)).toBeUndefined()
  })
})
