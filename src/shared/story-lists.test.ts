import { describe, expect, it } from 'vitest'
import type { Card } from './data.ts'
import { SHARD_SIZE } from './data-paths.ts'
import { cardAt, LIST_SIZE, listFile, neighbourPositions, sidebarFiles } from './story-lists.ts'

describe('neighbourPositions', () => {
  it('takes the nearest stories on both sides, in list order', () => {
    expect(neighbourPositions(10, 100)).toEqual([8, 9, 11, 12])
  })
  it('takes more from one side at the ends of the list', () => {
    expect(neighbourPositions(0, 100)).toEqual([1, 2, 3, 4])
    expect(neighbourPositions(99, 100)).toEqual([95, 96, 97, 98])
    expect(neighbourPositions(1, 100)).toEqual([0, 2, 3, 4])
  })
  it('has fewer in a short list, and none in a list of one', () => {
    expect(neighbourPositions(1, 3)).toEqual([0, 2])
    expect(neighbourPositions(0, 1)).toEqual([])
  })
})

describe('sidebarFiles', () => {
  const place = (key: string, at: number, length: number) => ({ key, at, length })
  it('reads one list file when the neighbours share it, two across a boundary', () => {
    const inside = sidebarFiles({ id: 50, moreFromProvider: place('p3', 5, 40) }, 100)
    expect(inside.lists).toEqual([{ key: 'p3', n: 0 }])
    const across = sidebarFiles(
      {
        id: 50,
        moreOnTopic: { topic: { slug: 'x', name: 'X' }, list: place('t1', LIST_SIZE, 80) },
        moreFromProvider: place('p3', 5, 40),
      },
      100,
    )
    expect(across.lists).toEqual([
      { key: 't1', n: listFile(LIST_SIZE - 1) },
      { key: 't1', n: 1 },
      { key: 'p3', n: 0 },
    ])
  })
  it('reads the card shards of the older and the newer story, none past the ends', () => {
    const place1 = place('p0', 0, 1)
    expect(sidebarFiles({ id: SHARD_SIZE, moreFromProvider: place1 }, 100).shards).toEqual([0, 1])
    expect(sidebarFiles({ id: 0, moreFromProvider: place1 }, 1).shards).toEqual([])
  })
})

describe('cardAt', () => {
  const cards = [{ id: 0, slug: 's', title: 'T', date: 'd', provider: 2 } as Card]
  it('is a lite card when loaded, undefined while loading, null when there is none', () => {
    expect(cardAt(0, 1, () => cards)).toEqual({
      id: 0,
      slug: 's',
      title: 'T',
      date: 'd',
      provider: 2,
    })
    expect(cardAt(0, 1, () => undefined)).toBeUndefined()
    expect(cardAt(-1, 1, () => cards)).toBeNull()
    expect(cardAt(0, 1, () => [])).toBeNull()
  })
})
