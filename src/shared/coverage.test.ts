import { describe, expect, it } from 'vitest'
import { fullCoverage } from './coverage.ts'
import type { RelatedStory } from './data.ts'

const outlet = (domain: string) => ({ domain, name: domain })
const story = (url: string, domain: string, date?: string): RelatedStory => ({
  title: url,
  url: `https://${domain}/${url}`,
  provider: outlet(domain),
  ...(date && { date }),
})

describe('fullCoverage', () => {
  const self = story('self', 'b.com', '2024-03-12T10:00:00Z')
  const others = [
    story('a2', 'a.com', '2024-03-14T10:00:00Z'),
    story('a1', 'a.com', '2024-03-10T10:00:00Z'),
    story('b2', 'b.com', '2024-03-11T10:00:00Z'),
    story('c', 'c.com'),
    story('self', 'b.com', '2024-03-12T10:00:00Z'),
  ]
  const coverage = fullCoverage(self, others, { timeZone: 'UTC', anchor: '2024-03-14T10:00:00Z' })

  it('groups by outlet, each in time order, outlets by their first report', () => {
    expect(coverage.stories).toBe(5)
    expect(coverage.outlets.map((o) => o.provider.domain)).toEqual(['a.com', 'b.com', 'c.com'])
    expect(coverage.outlets.map((o) => o.reports.map((r) => r.story.title))).toEqual([
      ['a1', 'a2'],
      ['b2', 'self'],
      ['c'],
    ])
  })

  it('marks the earliest report and this story, and places each in the span', () => {
    expect(coverage.first?.story.title).toBe('a1')
    const reports = coverage.outlets.flatMap((o) => o.reports)
    expect(reports.filter((r) => r.first)).toHaveLength(1)
    expect(reports.find((r) => r.self)?.story.title).toBe('self')
    expect(reports.map((r) => r.at)).toEqual([0, 1, 0.25, 0.5, undefined])
    expect(coverage.span).toEqual({
      from: '2024-03-10T10:00:00.000Z',
      to: '2024-03-14T10:00:00.000Z',
    })
    expect(reports[0]!.label).toBe('Mar 10')
  })

  it('has no first report or span for a story alone', () => {
    const alone = fullCoverage(self, [])
    expect(alone).toMatchObject({
      stories: 1,
      outlets: [{ reports: [{ self: true, first: false }] }],
    })
    expect(alone.span).toBeUndefined()
    // Nor when the others are undated.
    expect(fullCoverage(self, [story('x', 'c.com')]).first).toBeUndefined()
  })
})
