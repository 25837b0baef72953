/**
 * `npm run check:articles [-- DIR]`: validates an articles folder without building.
 * Exits 1 when any file is invalid, listing each with its line and field.
 */
import { ArticleStore } from '../src/plugin/article-store.ts'
import { resolveArticlesOptions } from '../src/plugin/options.ts'
import { report } from '../src/plugin/report.ts'

const options = resolveArticlesOptions({ dir: process.argv[2] }, process.cwd())
const store = new ArticleStore({ dir: options.dir, assetBaseUrl: options.assetBaseUrl })
const started = performance.now()
try {
  await store.scan()
} catch (error) {
  console.error(`Cannot read the articles folder ${options.dir}: ${(error as Error).message}`)
  process.exit(2)
}
const result = store.result()
const text = report(result, options.dir)
const ms = Math.round(performance.now() - started)

if (text.merges)
  console.log(`Merged duplicates (same URL; the later publishedDateTime wins):\n${text.merges}\n`)
if (text.warnings) console.warn(`Warnings (the articles are kept):\n${text.warnings}\n`)
if (result.errors.length > 0) {
  console.error(
    `Invalid files (a build fails on them; ARTICLES_ON_INVALID=skip leaves them out):\n${text.errors}\n`,
  )
}
console.log(`${text.summary} (checked in ${ms} ms)`)
process.exit(result.errors.length > 0 ? 1 : 0)
