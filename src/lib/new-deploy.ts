import { withBase } from '../config/paths.ts'
import { CURRENT_DATA_FILE } from '../shared/data-paths.ts'
import { NewVersionError } from './errors.ts'

/*
 * A tab left open across a deploy asks for data files of a version that is gone. Every build
 * writes `data/current.json` (its version) beside the versioned folders; when a data file is
 * missing, this reads it afresh: a different version means a new deploy, and the tab reloads
 * onto it, keeping its URL (filters, page, story). Once per version: if the reload does not help
 * (a cache serving the old page), the page offers a reload button instead of reloading for ever.
 */

const RELOADED_FOR = 'broadsheet:reloaded-for'
/** Long enough to read "Loading the new version…", short enough not to wait. */
const RELOAD_DELAY_MS = 1200

/** The version the site serves now, or undefined when it cannot be told (dev, offline…). */
export async function servedVersion(): Promise<string | undefined> {
  try {
    const res = await fetch(withBase(`data/${CURRENT_DATA_FILE}`), {
      cache: 'no-store',
    })
    if (!res.ok) return undefined
    const { version } = (await res.json()) as { version?: unknown }
    return typeof version === 'string' ? version : undefined
  } catch {
    return undefined
  }
}

/**
 * After a data file of `ours` was missing: throws NewVersionError when the site serves another
 * version now (having scheduled a reload, the first time for that version); returns when not.
 * Without session storage to remember the attempt by, it does not reload by itself: the page
 * offers the reload instead, so a cached old page can never reload in a loop.
 */
export async function checkForNewDeploy(
  ours: string,
  /** Loads the new version (lib/pwa.ts's reloadOntoNewVersion: through the service worker). */
  reload: () => void,
): Promise<void> {
  const served = await servedVersion()
  if (served === undefined || served === ours) return
  let first = false
  try {
    first = sessionStorage.getItem(RELOADED_FOR) !== served
    sessionStorage.setItem(RELOADED_FOR, served)
  } catch {
    first = false
  }
  if (first) setTimeout(reload, RELOAD_DELAY_MS)
  throw new NewVersionError(served, first)
}
