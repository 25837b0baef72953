import { CloudOff, RefreshCw } from 'lucide-react'
import { useState, useSyncExternalStore } from 'react'
import { useOnline } from '../../hooks/use-online.ts'
import { appUpdate, reloadOntoNewVersion } from '../../lib/pwa.ts'

/** "Offline": a slim line under the masthead while the browser has no connection. */
export function OfflineNotice() {
  const online = useOnline()
  return (
    <div role="status" aria-label="Connection">
      {!online && (
        <p className="mb-2 flex items-center gap-2 rounded-sm bg-paper-raised px-3 py-1.5 text-xs sm:text-sm">
          <CloudOff className="size-4 shrink-0 text-muted" strokeWidth={1.75} aria-hidden="true" />
          <span>
            <strong className="font-semibold">Offline.</strong> Showing what this device has kept:
            the feed, your saved stories, the stories you opened.
          </span>
        </p>
      )}
    </div>
  )
}

/**
 * "A new version is available": once a deploy's new service worker waits, a bar at the foot of
 * the screen (in thumb's reach) offers to reload onto it; "Later" hides it for this page.
 */
export function UpdatePrompt() {
  const { waiting } = useSyncExternalStore(appUpdate.subscribe, appUpdate.get, appUpdate.get)
  const [later, setLater] = useState(false)
  const [reloading, setReloading] = useState(false)
  return (
    <div role="status" aria-label="New version">
      {waiting && !later && (
        <div className="fixed inset-x-3 bottom-3 z-40 mx-auto flex max-w-md flex-wrap items-center gap-x-4 gap-y-2 rounded-sm border border-rule bg-paper px-4 py-3 text-sm text-ink shadow-lg">
          <p className="flex-1">A new version of Broadsheet is available.</p>
          <div className="flex gap-2">
            <button
              type="button"
              onClick={() => setLater(true)}
              className="min-h-10 rounded-sm px-3 text-muted hover:text-ink"
            >
              Later
            </button>
            <button
              type="button"
              disabled={reloading}
              onClick={() => {
                setReloading(true)
                void reloadOntoNewVersion()
              }}
              className="inline-flex min-h-10 items-center gap-2 rounded-sm bg-ink px-4 font-medium text-paper hover:bg-accent disabled:opacity-70"
            >
              <RefreshCw className="size-4" strokeWidth={1.75} aria-hidden="true" />
              {reloading ? 'Reloading…' : 'Reload'}
            </button>
          </div>
        </div>
      )}
    </div>
  )
}
