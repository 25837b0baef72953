import { isRouteErrorResponse, useRevalidator, useRouteError } from 'react-router'
import { LoadError } from '../../components/feed-states.tsx'
import { NotFound } from '../../components/not-found.tsx'
import { DataNotFoundError } from '../../lib/errors.ts'

/** A route's loader or page failed: "not found" for missing things, else a retry. */
export function RouteError() {
  const error = useRouteError()
  const revalidator = useRevalidator()
  if ((isRouteErrorResponse(error) && error.status === 404) || error instanceof DataNotFoundError) {
    return <NotFound />
  }
  return <LoadError error={error} onRetry={() => void revalidator.revalidate()} />
}
