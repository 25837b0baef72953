import { readdirSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { generateCorpus } from '../../bench/generate-corpus.ts'

/*
 * The synthetic corpus of the "scale" e2e project: `tsx e2e/support/scale-corpus.ts` (run by
 * that project's web server command before its build) writes SCALE_ARTICLES article files with
 * the benchmark generator into bench/corpus/ (gitignored), unless a complete one is already
 * there. The seed is fixed, so every checkout and CI run gets byte-identical files; the tests
 * still read their expectations from the built data, never from guesses about the corpus.
 */

export const SCALE_ARTICLES = 5000
const SEED = 1
export const scaleCorpusDir = path.resolve(
  import.meta.dirname,
  '..',
  '..',
  'bench',
  'corpus',
  `e2e-${SCALE_ARTICLES}`,
)

/** How many article files the folder holds (0 when it does not exist). */
function articleFiles(dir: string): number {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true }).filter(
      (e) => e.isFile() && e.name.endsWith('.md'),
    ).length
  } catch {
    return 0
  }
}

export async function ensureScaleCorpus(): Promise<void> {
  // A run cut short leaves fewer files: the generator empties the folder and starts again.
  if (articleFiles(scaleCorpusDir) === SCALE_ARTICLES) return
  const started = performance.now()
  await generateCorpus(SCALE_ARTICLES, scaleCorpusDir, SEED)
  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  console.warn(`e2e: wrote ${SCALE_ARTICLES} articles to ${scaleCorpusDir} in ${seconds} s`)
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await ensureScaleCorpus()
}
