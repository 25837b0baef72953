import { isRouteErrorResponse, useRevalidator, useRouteError } from 'react-router'
import { LoadError } from '../../components/feed-states.tsx'
import { NotFound } from '../../components/not-found.tsx'
import { DataNotFoundError, NewVersionError } from '../../lib/errors.ts'
import { reloadOntoNewVersion } from '../../lib/pwa.ts'

/** A route's loader or page failed: "not found" for missing things, else a retry. */
export function RouteError() {
  const error = useRouteError()
  const revalidator = useRevalidator()
  // A page's code chunk that will not load: a deploy removed it (in a tab the service worker
  // does not control). Reloading onto the site as it is now is the way out.
  const chunkMissing =
    error instanceof TypeError &&
    /dynamically imported module|module script failed/i.test(error.message)
  if (error instanceof NewVersionError || chunkMissing) {
    const reloading = error instanceof NewVersionError && error.reloading
    return (
      <div role="status" className="mx-auto max-w-xl py-16 text-center">
        <h1 className="mb-2 font-serif text-[1.75rem]">Broadsheet was updated</h1>
        <p className="text-muted">
          A new version came out while this page was open.
          {reloading ? ' Loading it, on this same page…' : ''}
        </p>
        {!reloading && (
          <button
            type="button"
            onClick={() => void reloadOntoNewVersion()}
            className="mt-4 rounded-sm bg-ink px-5 py-2.5 font-medium text-paper hover:bg-accent"
          >
            Reload
          </button>
        )}
      </div>
    )
  }
  if ((isRouteErrorResponse(error) && error.status === 404) || error instanceof DataNotFoundError) {
    return <NotFound />
  }
  return <LoadError error={error} onRetry={() => void revalidator.revalidate()} />
}
