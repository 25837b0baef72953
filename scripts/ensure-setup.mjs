#!/usr/bin/env node
// Runs before `npm start` and `npm test` on any machine: plain Node, no dependencies of its own.
// Installs the npm packages when they are missing or older than package-lock.json and, with
// --browser, Debian's Chromium for the end-to-end tests when it is missing and can be installed.
import { spawnSync } from 'node:child_process'
import { existsSync, statSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const wantBrowser = process.argv.includes('--browser')

const [major, minor] = process.versions.node.split('.').map(Number)
if (major < 20 || (major === 20 && minor < 19)) {
  console.error(`Broadsheet needs Node.js 20.19 or newer; this is ${process.versions.node}.`)
  process.exit(1)
}

function run(command, args) {
  console.log(`> ${command} ${args.join(' ')}`)
  return spawnSync(command, args, { cwd: root, stdio: 'inherit' }).status === 0
}

const lock = path.join(root, 'package-lock.json')
const installed = path.join(root, 'node_modules', '.package-lock.json')
const stale = !existsSync(installed) || statSync(installed).mtimeMs < statSync(lock).mtimeMs
if (stale) {
  console.log('Installing npm packages (node_modules is missing or older than package-lock.json)…')
  if (!run('npm', ['ci', '--no-audit', '--no-fund'])) process.exit(1)
}

if (wantBrowser) {
  const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
  if (!existsSync(chromium)) {
    const isRoot = process.getuid?.() === 0
    const hasApt = existsSync('/usr/bin/apt-get')
    if (isRoot && hasApt) {
      console.log("Installing Debian's Chromium for the end-to-end tests…")
      const ok =
        run('apt-get', ['install', '-y', '--no-install-recommends', 'chromium']) ||
        (run('apt-get', ['update']) &&
          run('apt-get', ['install', '-y', '--no-install-recommends', 'chromium']))
      if (!ok) process.exit(1)
    } else {
      console.error(
        `The end-to-end tests need Chromium at ${chromium}. Install it (Debian/Ubuntu: ` +
          '`sudo apt-get install chromium`) or point CHROMIUM_PATH at a Chromium or Chrome binary.',
      )
      process.exit(1)
    }
  }
}
