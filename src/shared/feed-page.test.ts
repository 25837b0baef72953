import { describe, expect, it } from 'vitest'
import type { Card } from './data.ts'
import { pageCards, planFeedPage } from './feed-page.ts'
import { PAGE_SIZE } from './feed-params.ts'

const card = (id: number) => ({ id }) as Card
const ids = (n: number) => Uint32Array.from({ length: n }, (_, i) => n - 1 - i)

describe('planFeedPage', () => {
  it('returns the asked-for page with its ids and shards', () => {
    const plan = planFeedPage(ids(PAGE_SIZE * 2), 2, 10)
    expect(plan.page).toBe(2)
    expect(plan.ids).toEqual(Array.from({ length: PAGE_SIZE }, (_, i) => PAGE_SIZE - 1 - i))
    expect(plan.shards).toEqual([2, 1, 0])
  })
  it('shows the last page when the URL asks for too many', () => {
    expect(planFeedPage(ids(PAGE_SIZE + 1), 9, 10)).toEqual({ page: 2, ids: [0], shards: [0] })
  })
  it('keeps page 1 for an empty result', () => {
    expect(planFeedPage(ids(0), 3, 10)).toEqual({ page: 1, ids: [], shards: [] })
  })
})

describe('pageCards', () => {
  it('picks cards out of their shards in display order and skips unloaded shards', () => {
    const shards: Record<number, Card[]> = { 0: [card(0), card(1)], 2: [card(4), card(5)] }
    const plan = { page: 1, ids: [5, 0, 3, 1], shards: [2, 0, 1] }
    expect(pageCards(plan, 2, (n) => shards[n]).map((c) => c.id)).toEqual([5, 0, 1])
  })
})
