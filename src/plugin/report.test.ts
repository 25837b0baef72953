import { describe, expect, it } from 'vitest'
import { dataBuildLine, readDataBuildLine } from './report.ts'

describe('the data build line', () => {
  it('names the files and each step, and reads back from a build log', () => {
    const line = dataBuildLine(50_000, { parseMs: 3204, datasetMs: 901, writeMs: 2017 })
    expect(line).toBe(
      'articles: 50,000 files → data in 6.12 s (parse 3.20 s, dataset 0.90 s, write 2.02 s)',
    )
    expect(readDataBuildLine(`vite v8\n✓ built in 9 s\n${line}\n`)).toEqual({
      fileCount: 50_000,
      totalMs: 6120,
      parseMs: 3200,
      datasetMs: 900,
      writeMs: 2020,
    })
  })

  it('finds nothing in a log without it', () => {
    expect(readDataBuildLine('✓ built in 9 s\n')).toBeUndefined()
  })
})
