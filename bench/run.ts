/**
 * `npm run bench`: measures the article pipeline. For now: reading, parsing, validating and
 * normalising a folder (default: the real corpus beside the project, else the bundled articles),
 * cold and with every file unchanged. Prints the figures; timing never happens inside tests.
 */
import { existsSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { ArticleStore } from '../src/plugin/article-store.ts'
import { createDataFiles } from '../src/plugin/emit-data.ts'

const corpus = path.resolve('../shared/corpus/everyday-cc')
const dir = path.resolve(process.argv[2] ?? (existsSync(corpus) ? corpus : 'articles'))
const runs = Number(process.env.RUNS ?? 5)

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
const time = async (fn: () => Promise<unknown> | unknown) => {
  const t = performance.now()
  await fn()
  return performance.now() - t
}

const cold: number[] = []
const warm: number[] = []
const emit: number[] = []
let articles = 0
for (let i = 0; i < runs; i++) {
  const store = new ArticleStore({ dir })
  cold.push(
    await time(async () => {
      await store.scan()
      articles = store.result().dataset.articles.length
    }),
  )
  warm.push(
    await time(async () => {
      await store.scan()
      store.result()
    }),
  )
  const files = createDataFiles(store.result().dataset)
  emit.push(await time(() => files.paths().forEach((p) => files.read(p))))
}

console.log(
  `Machine: ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, Node ${process.version}`,
)
console.log(
  `Folder: ${path.relative(process.cwd(), dir) || '.'} (${articles} articles), median of ${runs} runs`,
)
console.log(`  read + parse + validate + normalise, cold:      ${median(cold).toFixed(0)} ms`)
console.log(`  the same, no file changed (digest cache):       ${median(warm).toFixed(0)} ms`)
console.log(`  render every data file (JSON + index):          ${median(emit).toFixed(0)} ms`)
