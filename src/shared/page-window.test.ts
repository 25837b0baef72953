import { expect, it } from 'vitest'
import { pageWindow } from './page-window.ts'

it('shows first, last and neighbours, with gaps', () => {
  expect(pageWindow(1, 1)).toEqual([1])
  expect(pageWindow(1, 3)).toEqual([1, 2, 3])
  expect(pageWindow(5, 10)).toEqual([1, 'gap', 4, 5, 6, 'gap', 10])
  expect(pageWindow(2, 10)).toEqual([1, 2, 3, 'gap', 10])
})
