import { Link } from 'react-router'
import { paths } from '../config/paths.ts'
import { PageMeta } from './page-meta.tsx'

/** The page for unknown paths, slugs, topics and sources. */
export function NotFound({ what = 'page' }: { what?: string }) {
  return (
    <div className="mx-auto flex max-w-2xl flex-col items-start gap-4 py-16">
      <PageMeta title="Not found" />
      <p className="text-xs font-semibold tracking-[0.12em] text-accent uppercase">Error 404</p>
      <h1 className="font-serif text-[2.5rem] leading-[1.15] tracking-tight">
        This {what} was not found
      </h1>
      <p className="text-muted">
        The link may be old, or the story may have left this collection. Everything that is here can
        be found from the front page.
      </p>
      <ul className="flex flex-wrap gap-x-6 gap-y-2 text-sm">
        <li>
          <Link
            to={paths.feed.href()}
            className="font-medium text-accent underline underline-offset-4"
          >
            Back to the latest stories
          </Link>
        </li>
        <li>
          <Link to={paths.topics.href()} className="underline underline-offset-4 hover:text-accent">
            Browse topics
          </Link>
        </li>
        <li>
          <Link
            to={paths.sources.href()}
            className="underline underline-offset-4 hover:text-accent"
          >
            Browse sources
          </Link>
        </li>
      </ul>
    </div>
  )
}
