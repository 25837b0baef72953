/**
 * `npx tsx bench/generate-corpus.ts <count> [outDir]`: writes a synthetic corpus of `<count>`
 * article files (default folder `bench/corpus/<count>`, emptied first) for benchmarks.
 *
 * The files follow the real corpus file by file: the same frontmatter fields, order, quoting and
 * blank lines, the same optional fields and quirks (numbers as strings, bare dates, HTML entities,
 * escaped quotes, odd topic spellings), ~400 providers with Zipf-like popularity, ~1% duplicate
 * URLs and ~1% related stories that link back into the corpus. Half the files sit in
 * `<yyyy>/<mm>/` folders. Output depends only on `count` and `seed` (env `SEED` on the command
 * line): every random choice comes from a seeded mulberry32, never from `Math.random` or the clock.
 *
 * Image and logo URLs point at a `.invalid` host (RFC 2606), so a browser showing this corpus
 * never sends requests to the real sites the made-up provider domains may belong to.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync, type Dirent } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { planHeads, renderArticle } from './generate/articles.ts'
import { makeProviders } from './generate/providers.ts'

/** Empties `dir` for a new corpus, refusing folders that plainly hold something else. */
function emptyFolder(dir: string): void {
  const holdsWorkingDir = !path.relative(dir, process.cwd()).startsWith('..')
  if (holdsWorkingDir || dir === os.homedir()) {
    throw new Error(`refusing to empty ${dir}: it is or holds the working directory`)
  }
  let entries: Dirent[] = []
  try {
    entries = readdirSync(dir, { recursive: true, withFileTypes: true })
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
  }
  const stranger = entries.find((e) => !e.isDirectory() && !e.name.endsWith('.md'))
  if (stranger) {
    throw new Error(`refusing to empty ${dir}: it holds ${stranger.name}, not only article files`)
  }
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
}

/**
 * Writes `count` synthetic article files into `outDir` (emptied first). The same `count` and
 * `seed` always give byte-identical files.
 */
export async function generateCorpus(
  count: number,
  outDir: string,
  seed = 1,
): Promise<{ files: number }> {
  if (!Number.isSafeInteger(count) || count < 1)
    throw new Error(`count must be a positive integer, got ${count}`)
  const dir = path.resolve(outDir)
  emptyFolder(dir)
  const providers = makeProviders(seed)
  const heads = planHeads(count, seed, providers)
  for (const folder of new Set(heads.map((h) => path.dirname(h.file)))) {
    mkdirSync(path.join(dir, folder), { recursive: true })
  }
  // Plain synchronous writes: measured faster here than 8 to 128 concurrent async writes.
  heads.forEach((h, i) =>
    writeFileSync(path.join(dir, h.file), renderArticle(i, heads, providers, seed)),
  )
  return { files: heads.length }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [countArg, outArg] = process.argv.slice(2)
  const count = Number(countArg)
  const seed = Number(process.env.SEED ?? 1)
  if (!Number.isSafeInteger(count) || count < 1 || !Number.isSafeInteger(seed)) {
    console.error(
      'Usage: npx tsx bench/generate-corpus.ts <count> [outDir]   (env SEED, default 1)',
    )
    process.exit(2)
  }
  const outDir = outArg ?? fileURLToPath(new URL(`./corpus/${count}`, import.meta.url))
  const started = performance.now()
  const { files } = await generateCorpus(count, outDir, seed).catch((error: Error) => {
    console.error(error.message)
    process.exit(1)
  })
  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  console.log(
    `Wrote ${files} article files to ${path.relative(process.cwd(), outDir) || '.'} in ${seconds} s`,
  )
}
