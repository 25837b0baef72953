import { FeedSkeleton } from '../../components/feed-states.tsx'

/** What the first load shows while a page's data arrives. */
export function LoadingPage() {
  return (
    <div
      role="status"
      aria-label="Loading stories"
      className="lg:grid lg:grid-cols-[240px_minmax(0,1fr)] lg:gap-12"
    >
      <div className="hidden lg:block" />
      <FeedSkeleton count={6} />
    </div>
  )
}
