/**
 * `npm run bench`: the speed and size figures of issue 4, measured on synthetic corpora of 500
 * and 50,000 articles (generated into bench/corpus/, never committed) in one run, printed and
 * written to docs/benchmarks.md. Timing never happens inside tests.
 *
 *   SIZES=500,50000   corpus sizes (the first is the reference for the ratios)
 *   SKIP_BROWSER=1    only the build figures
 */
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import matter from 'gray-matter'
import { ArticleStore } from '../src/plugin/article-store.ts'
import { createDataFiles } from '../src/plugin/emit-data.ts'
import { dataBuildLine, readDataBuildLine, type DataBuildTimes } from '../src/plugin/report.ts'
import { FIRST_QUERY, launch, measure, type BrowserFigures } from './browser-metrics.ts'
import { dataWeight, type DataWeight } from './data-weight.ts'
import { generateCorpus } from './generate-corpus.ts'

const root = path.resolve(import.meta.dirname, '..')
const sizes = (process.env.SIZES ?? '500,50000').split(',').map(Number)
const corpusDir = (n: number) => path.join(root, 'bench', 'corpus', String(n))
const distDir = (n: number) => path.join(root, 'bench', '.out', `dist-${n}`)

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`
const time = async (fn: () => unknown) => {
  const t = performance.now()
  await fn()
  return performance.now() - t
}

interface Row {
  size: number
  baselineMs: number
  coldBuildMs: number
  /** The plugin's own share of the cold build: reading the articles to writing the data files. */
  coldData: DataBuildTimes & { totalMs: number }
  warmBuildMs: number
  devUpdate: { titleMs: number; dateMs: number; topicMs: number }
  weight: DataWeight
  browser?: BrowserFigures
}

async function ensureCorpus(n: number) {
  const dir = corpusDir(n)
  if (!existsSync(dir) || readdirSync(dir).length === 0) {
    console.log(`generating ${n} articles…`)
    await generateCorpus(n, dir)
  }
  return dir
}

/**
 * The bar to beat: one thread that only reads each file and runs gray-matter on it. It runs
 * twice and the faster run counts: the first may read from the disk, and the build that
 * follows it finds the files in the page cache.
 */
async function baseline(dir: string) {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.md'))
    .map((e) => path.join(e.parentPath, e.name))
  const loop = () =>
    time(() => {
      for (const f of files) matter(readFileSync(f, 'utf8'), {})
    })
  const first = await loop()
  return Math.min(first, await loop())
}

/** A whole `vite build` (app + data), and the data build's own times as the plugin logged them. */
function viteBuild(n: number) {
  const t = performance.now()
  const output = execFileSync(
    'npx',
    ['vite', 'build', '--outDir', distDir(n), '--emptyOutDir', '--logLevel', 'info'],
    {
      cwd: root,
      env: { ...process.env, ARTICLES_DIR: corpusDir(n) },
      stdio: ['ignore', 'pipe', 'inherit'],
      maxBuffer: 64 * 2 ** 20,
    },
  ).toString()
  const ms = performance.now() - t
  const data = readDataBuildLine(output)
  if (!data) throw new Error(`no data build figures in the output of vite build:\n${output}`)
  console.log(`  ${dataBuildLine(data.fileCount, data)}`)
  return { ms, data }
}

/**
 * The dev server's work when one file is saved: re-read it, rebuild the dataset, render the
 * files the open page fetches. Timed for a title edit (the usual fix) and a date edit (which
 * moves the article), both patched into the last dataset, and for a new topic (which changes
 * the corpus-wide topic counts, so the whole dataset pass runs).
 */
async function devUpdate(dir: string) {
  const store = new ArticleStore({ dir })
  await store.scan()
  // As the dev server starts: the dataset, and the files the open page fetched.
  const serve = () => {
    // With the store's caches, as the pipeline does: unchanged articles keep their cards.
    const files = createDataFiles(store.result().dataset, { caches: store.caches })
    for (const p of ['facets.json', 'index.bin', 'cards/0.json']) files.read(p)
  }
  serve()
  const [name] = store.entries()[Math.floor(store.entries().length / 2)]!
  const file = path.join(dir, name)
  const original = readFileSync(file, 'utf8')
  const timeEdit = async (change: (text: string) => string) => {
    writeFileSync(file, change(original))
    try {
      return await time(async () => {
        await store.update(name)
        serve()
      })
    } finally {
      writeFileSync(file, original)
      await store.update(name)
      serve()
    }
  }
  return {
    titleMs: await timeEdit((t) => t.replace('title: "', 'title: "Edited: ')),
    dateMs: await timeEdit((t) =>
      t.replace(
        /publishedDateTime: (\d{4})/,
        (_, year: string) => `publishedDateTime: ${Number(year) - 1}`,
      ),
    ),
    topicMs: await timeEdit((t) => t.replace(/^topics:\n/m, 'topics:\n  - Bench edit\n')),
  }
}

const rows: Row[] = []
for (const n of sizes) {
  const dir = await ensureCorpus(n)
  const baselineMs = await baseline(dir)
  rmSync(path.join(root, 'node_modules', '.cache', 'broadsheet'), { recursive: true, force: true })
  const cold = viteBuild(n)
  const warmBuildMs = viteBuild(n).ms
  const dev = await devUpdate(dir)
  const weight = dataWeight(distDir(n), dir)
  const coldBuildMs = cold.ms
  rows.push({
    size: n,
    baselineMs,
    coldBuildMs,
    coldData: cold.data,
    warmBuildMs,
    devUpdate: dev,
    weight,
  })
  console.log(
    `${n}: baseline ${seconds(baselineMs)}, cold data build ${seconds(cold.data.totalMs)} (${(cold.data.totalMs / baselineMs).toFixed(2)}× the loop), cold build ${seconds(coldBuildMs)}, warm ${seconds(warmBuildMs)}, dev update ${dev.titleMs.toFixed(0)} ms (a date edit ${dev.dateMs.toFixed(0)} ms, a topic ${dev.topicMs.toFixed(0)} ms)`,
  )
}

if (!process.env.SKIP_BROWSER) {
  const browser = await launch()
  try {
    for (const [i, row] of rows.entries()) {
      // Warm-up run first, then the measured one.
      await measure(browser, distDir(row.size), 5400 + i)
      row.browser = await measure(browser, distDir(row.size), 5400 + i)
    }
  } finally {
    await browser.close()
  }
}

const ref = rows[0]!
const percentOf = (part: number, whole: number) => `${((part / whole) * 100).toFixed(1)} %`
const ratio = (a?: number, b?: number) => (a && b ? `${(a / b).toFixed(2)}×` : '–')
const cpu = os.cpus()[0]?.model ?? 'unknown CPU'
const chromium = execFileSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', ['--version'])
  .toString()
  .trim()
const lines = [
  `## npm run bench (${new Date().toISOString().slice(0, 10)})`,
  '',
  `Machine: ${cpu}, ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${chromium}.`,
  '',
  '| Articles | Bare read + gray-matter loop | Cold data build (parse, dataset, write) | Cold build (app + data) | Warm rebuild | Dev update, 1 file | First load (gzip) | of which JS + CSS | First card | Toggle a topic | JS heap | First query (downloaded) |',
  '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ...rows
    .map((r) =>
      [
        r.size.toLocaleString('en'),
        seconds(r.baselineMs),
        `${seconds(r.coldData.totalMs)} (${ratio(r.coldData.totalMs, r.baselineMs)} the loop; ${[r.coldData.parseMs, r.coldData.datasetMs, r.coldData.writeMs].map(seconds).join(', ')})`,
        `${seconds(r.coldBuildMs)} (${ratio(r.coldBuildMs, r.baselineMs)} the loop)`,
        seconds(r.warmBuildMs),
        [
          `${r.devUpdate.titleMs.toFixed(0)} ms (${percentOf(r.devUpdate.titleMs, r.coldData.totalMs)} of the cold data build)`,
          `a date edit ${r.devUpdate.dateMs.toFixed(0)} ms (${percentOf(r.devUpdate.dateMs, r.coldData.totalMs)})`,
          `a new topic ${r.devUpdate.topicMs.toFixed(0)} ms (${percentOf(r.devUpdate.topicMs, r.coldData.totalMs)})`,
        ].join('; '),
        r.browser ? kb(r.browser.firstLoadBytes) : '–',
        r.browser ? kb(r.browser.firstLoadCodeBytes) : '–',
        r.browser
          ? `${r.browser.firstCardMs} ms (${ratio(r.browser.firstCardMs, ref.browser?.firstCardMs)})`
          : '–',
        r.browser
          ? `${r.browser.toggleMs} ms (${ratio(r.browser.toggleMs, ref.browser?.toggleMs)})`
          : '–',
        r.browser ? `${(r.browser.heapBytes / 2 ** 20).toFixed(1)} MB` : '–',
        r.browser
          ? `${r.browser.firstQueryMs} ms (${ratio(r.browser.firstQueryMs, ref.browser?.firstQueryMs)}; ${kb(r.browser.firstQueryBytes)})`
          : '–',
      ].join(' | '),
    )
    .map((line) => `| ${line} |`),
  '',
  'The cold data build is what the plugin logs of its own work in the cold build: listing, reading,',
  'parsing and validating the files, the corpus-wide dataset, then rendering and writing the data',
  'files (and waiting for the build cache, written meanwhile). The bare loop is timed in the same',
  'run, on one thread, twice (the faster run counts: the files are then in the page cache, as they',
  'are for the build that follows).',
  '',
  'The dev update is one saved file, re-read, the dataset rebuilt and the open page’s files rendered:',
  'a title edit and a date edit (which moves the article) are patched into the last dataset; a new',
  'topic changes the corpus-wide topic counts, so the whole dataset pass runs.',
  '',
  '| Articles | Article files (Markdown) | Data files | Data ÷ Markdown | Cards | Story files (gzip; inflated) | Topic and source lists (gzip; inflated) | Search index | Facets + facet index |',
  '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ...rows.map(({ size, weight: w }) =>
    [
      size.toLocaleString('en'),
      mb(w.markdown),
      mb(w.data),
      ratio(w.data, w.markdown),
      mb(w.cards),
      `${mb(w.stories)}; ${mb(w.storiesInflated)}`,
      `${mb(w.lists)}; ${mb(w.listsInflated)}`,
      mb(w.search),
      mb(w.facets),
    ]
      .join(' | ')
      .replace(/^/, '| ')
      .concat(' |'),
  ),
  '',
  'The data weight is every file under `dist/data/<version>/`, as written (story files and lists are',
  'gzip, inflated by the browser), against every `.md` file of the corpus.',
  '',
  `Ratios in the browser columns are against the first row. The first query is "${FIRST_QUERY}" typed`,
  'into the header box of a fresh session; its time includes the 180 ms typing pause.',
  '',
]
console.log(`\n${lines.join('\n')}`)
const doc = path.join(root, 'docs', 'benchmarks.md')
const marker = '<!-- bench:latest -->'
const text = readFileSync(doc, 'utf8')
const head = text.includes(marker) ? text.slice(0, text.indexOf(marker)) : `${text.trimEnd()}\n\n`
writeFileSync(doc, `${head}${marker}\n\n${lines.join('\n')}`)
console.log(`written to ${path.relative(root, doc)}`)
