import { cn } from '../lib/cn.ts'
import { countOutlets } from '../shared/count.ts'
import type { CardCoverage } from '../shared/data.ts'
import { ProviderLogo } from './provider-logo.tsx'

/** The hint on a story's outlet count: how many, and where they are listed. */
export const outletsTitle = (coverage: CardCoverage) =>
  `Reported by ${countOutlets(coverage.outlets)}: the story page lists them all`

/**
 * "N outlets" with the first outlets' logos stacked: how widely a card's story is covered (its
 * cluster's articles and their related stories). The story page's Full coverage lists them.
 */
export function OutletsBadge({
  coverage,
  className,
}: {
  coverage: CardCoverage
  className?: string
}) {
  return (
    <span
      className={cn('inline-flex items-center gap-1.5', className)}
      title={outletsTitle(coverage)}
    >
      <span className="flex -space-x-1.5" aria-hidden="true">
        {coverage.logos.map((p) => (
          <ProviderLogo
            key={p.domain}
            provider={p}
            size={16}
            className="rounded-full ring-2 ring-paper"
          />
        ))}
      </span>
      {countOutlets(coverage.outlets)}
    </span>
  )
}
