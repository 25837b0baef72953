#!/usr/bin/env node
// This workplace's npm mirror lacks a few platform builds of native packages (other systems'
// @tailwindcss/oxide-* and @unrs/resolver-binding-*), so `npm install` leaves them out of
// package-lock.json and `npm ci` then calls the lock out of sync. This adds an entry for every
// optional dependency the lock names but lacks, marked optional: npm skips a platform package
// that does not fit the machine, and fetches it where it does. Run after `npm install`.
import { readFileSync, writeFileSync } from 'node:fs'

const file = new URL('../package-lock.json', import.meta.url)
const lock = JSON.parse(readFileSync(file, 'utf8'))
const added = []
for (const [key, entry] of Object.entries(lock.packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const at = `node_modules/${name}`
    if (lock.packages[at] || lock.packages[`${key}/${at}`]) continue
    lock.packages[at] = { version, ...(entry.dev && { dev: true }), optional: true }
    added.push(`${name}@${version}`)
  }
}
lock.packages = Object.fromEntries(
  Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : 1)),
)
writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`)
console.log(
  added.length
    ? `added ${added.length} optional entries: ${added.join(', ')}`
    : 'lock file complete',
)
