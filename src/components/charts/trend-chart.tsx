import { lazy, Suspense } from 'react'
import { useMediaQuery } from '../../hooks/use-media-query.ts'
import { cn } from '../../lib/cn.ts'
import type { VolumeOf } from '../../shared/volume.ts'

/** The chart is a chunk of its own: the feed's first load does not pay for it. */
const VolumeChart = lazy(() => import('./volume-chart.tsx'))

/**
 * A topic's or source's stories per month. In the page's header from a tablet up; on a phone
 * after the stories, so that the first screen stays theirs. The page places it in both spots;
 * only the one for the screen's width draws (and counts).
 */
export function TrendChart({
  of,
  what,
  inHeader = false,
}: {
  of: VolumeOf
  what: string
  inHeader?: boolean
}) {
  // Tailwind's `sm` breakpoint.
  const wide = useMediaQuery('(min-width: 40rem)')
  if (inHeader !== wide) return null
  return (
    <div className={cn(inHeader ? 'max-w-xl' : 'mt-10')}>
      <Suspense fallback={<div className="h-24" aria-hidden="true" />}>
        <VolumeChart of={of} what={what} />
      </Suspense>
    </div>
  )
}
