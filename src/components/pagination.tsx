import { ChevronLeft, ChevronRight } from 'lucide-react'
import { Link } from 'react-router'
import { cn } from '../lib/cn.ts'
import { pageWindow } from '../shared/page-window.ts'

interface PaginationProps {
  page: number
  pageCount: number
  /** The link (query string) of a page. */
  hrefFor: (page: number) => string
}

const item =
  'inline-flex min-w-10 h-10 items-center justify-center gap-1 rounded-sm px-3 text-sm tabular-nums'

export function Pagination({ page, pageCount, hrefFor }: PaginationProps) {
  if (pageCount <= 1) return null
  return (
    <nav aria-label="Pages" className="mt-12 border-t border-rule pt-6">
      <ul className="flex flex-wrap items-center justify-center gap-1">
        <li>
          {page > 1 ? (
            <Link to={hrefFor(page - 1)} rel="prev" className={cn(item, 'hover:text-accent')}>
              <ChevronLeft className="size-4" aria-hidden="true" />
              Previous
            </Link>
          ) : null}
        </li>
        {pageWindow(page, pageCount).map((p, i) =>
          p === 'gap' ? (
            <li key={`gap-${i}`} aria-hidden="true" className="px-1 text-muted">
              …
            </li>
          ) : (
            <li key={p}>
              <Link
                to={hrefFor(p)}
                aria-label={`Page ${p}`}
                aria-current={p === page ? 'page' : undefined}
                className={cn(item, p === page ? 'bg-ink text-paper' : 'hover:text-accent')}
              >
                {p}
              </Link>
            </li>
          ),
        )}
        <li>
          {page < pageCount ? (
            <Link to={hrefFor(page + 1)} rel="next" className={cn(item, 'hover:text-accent')}>
              Next
              <ChevronRight className="size-4" aria-hidden="true" />
            </Link>
          ) : null}
        </li>
      </ul>
    </nav>
  )
}
