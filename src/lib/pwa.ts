import { dataVersion } from 'virtual:broadsheet-data'
import { registerSW } from 'virtual:pwa-register'
import { withBase } from '../config/paths.ts'
import { whenIdle } from './idle.ts'
import { servedVersion } from './new-deploy.ts'

/** The runtime cache of data files (src/plugin/pwa-options.ts). */
const DATA_CACHE = 'broadsheet-data'
/** Where this version's data files are. */
const ourData = withBase(`data/${dataVersion}/`)

/*
 * The service worker (src/plugin/pwa-options.ts): registers it in a build, and tells the page
 * when a new version waits (a deploy since this tab loaded) or the app can open offline.
 */

export interface AppUpdateState {
  /** A new version is installed and waits for this page to reload onto it. */
  waiting: boolean
  /** The app shell is cached: the next visit opens offline. */
  offlineReady: boolean
}

/** How often an open tab asks whether a new version was deployed. */
const UPDATE_CHECK_MS = 30 * 60 * 1000

let state: AppUpdateState = { waiting: false, offlineReady: false }
const listeners = new Set<() => void>()
const set = (next: Partial<AppUpdateState>) => {
  state = { ...state, ...next }
  for (const listener of listeners) listener()
}
export const appUpdate = {
  get: () => state,
  subscribe(listener: () => void) {
    listeners.add(listener)
    return () => listeners.delete(listener)
  },
}

let update: ((reload?: boolean) => Promise<void>) | undefined
let reloadAsked = false
let registration: ServiceWorkerRegistration | undefined

/**
 * On the first visit the page read its data before the new worker took over: read those files
 * again through the worker, so that it keeps them and the next visit opens offline.
 */
function keepWhatThisPageRead() {
  const urls = performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name))
    .filter((url) => url.origin === location.origin && url.pathname.startsWith(ourData))
  for (const url of new Set(urls.map(String))) void fetch(url).catch(() => undefined)
}

/**
 * Drops the kept data files of other versions, once the site is known to serve this one (a tab
 * of an older version never deletes a newer one's files): each deploy's files would otherwise
 * pile up in the cache.
 */
async function forgetOtherVersions() {
  if (!navigator.onLine || !('caches' in window)) return
  if ((await servedVersion()) !== dataVersion) return
  const cache = await caches.open(DATA_CACHE)
  for (const request of await cache.keys()) {
    if (!new URL(request.url).pathname.startsWith(ourData)) await cache.delete(request)
  }
}

/**
 * Registers the service worker (not in the dev server, nor where there is none), once the
 * browser is idle: the first screen never waits for it.
 */
export function startServiceWorker() {
  if (import.meta.env.DEV || !('serviceWorker' in navigator)) return
  whenIdle(register)
}

function register() {
  if (!navigator.serviceWorker.controller) {
    navigator.serviceWorker.addEventListener('controllerchange', keepWhatThisPageRead, {
      once: true,
    })
  }
  update = registerSW({
    onNeedRefresh: () => set({ waiting: true }),
    // The new version took over (from this tab's Reload, or another tab's): only the tab that
    // asked reloads; the others keep the reader's page and still offer the reload.
    onNeedReload: () => {
      if (reloadAsked) location.reload()
    },
    onOfflineReady: () => set({ offlineReady: true }),
    onRegisteredSW(_url, found) {
      registration = found
      if (!found) return
      void forgetOtherVersions().catch(() => undefined)
      const check = () => {
        if (navigator.onLine) found.update().catch(() => undefined)
      }
      setInterval(check, UPDATE_CHECK_MS)
      document.addEventListener('visibilitychange', () => {
        if (document.visibilityState === 'visible') check()
      })
    },
  })
}

/** Whether `found` has (or is about to have) a new worker waiting. */
function waitingWorker(found: ServiceWorkerRegistration): Promise<boolean> {
  if (found.waiting) return Promise.resolve(true)
  const installing = found.installing
  if (!installing) return Promise.resolve(false)
  return new Promise((resolve) =>
    installing.addEventListener('statechange', () => {
      if (installing.state === 'installed') resolve(true)
      else if (installing.state === 'redundant') resolve(false)
    }),
  )
}

/**
 * Reloads onto the version the site serves now. Under a service worker a plain reload would be
 * served the cached old page again: the new worker is fetched, told to take over, and the page
 * reloads once it has.
 */
export async function reloadOntoNewVersion() {
  if (registration && update) {
    await registration.update().catch(() => undefined)
    if (await waitingWorker(registration)) {
      reloadAsked = true
      // Workbox calls onNeedReload once the new worker controls the page; this is in case not.
      navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), {
        once: true,
      })
      return update(true)
    }
  }
  location.reload()
}
