import { useQuery } from '@tanstack/react-query'
import { useId, useMemo } from 'react'
import { cn } from '../../lib/cn.ts'
import { facetIndexQuery } from '../../queries/data-queries.ts'
import {
  formatMonth,
  summarise,
  volumeByMonth,
  type Volume,
  type VolumeOf,
} from '../../shared/volume.ts'

const month = formatMonth

/** One sentence a screen reader hears for the chart (its picture says the same). */
export function describeVolume(volume: Volume, what: string) {
  const { total, peakMonth, peakCount } = summarise(volume)
  if (volume.counts.length === 0) return `No ${what}.`
  const last = volume.from + volume.counts.length - 1
  return `${total.toLocaleString()} ${what} from ${month(volume.from)} to ${month(last)}; the busiest month was ${month(peakMonth)}, with ${peakCount.toLocaleString()}.`
}

/**
 * Stories per month over the whole collection, as bars (plain SVG, in the theme's accent), with
 * the first and last month under them, a one-sentence text alternative, and the months with
 * stories as a table behind "Show the numbers". Loaded with the page's chunk only when shown.
 */
export default function VolumeChart({
  of,
  what = 'stories',
  className,
}: {
  of: VolumeOf
  /** What is counted, for the text alternative ("stories about AI"). */
  what?: string
  className?: string
}) {
  const { data: index } = useQuery(facetIndexQuery())
  const captionId = useId()
  const { topic, provider } = of
  const volume = useMemo(
    () => (index ? volumeByMonth(index, { topic, provider }) : undefined),
    [index, topic, provider],
  )
  if (!volume) return <div className={cn('h-24', className)} aria-hidden="true" />
  const max = Math.max(1, ...volume.counts)
  const last = volume.from + volume.counts.length - 1
  return (
    <figure className={cn('text-xs text-muted', className)}>
      <figcaption id={captionId} className="mb-1 font-medium tracking-[0.08em] uppercase">
        Stories per month
      </figcaption>
      <svg
        role="img"
        aria-label={describeVolume(volume, what)}
        viewBox={`0 0 ${Math.max(1, volume.counts.length)} 40`}
        preserveAspectRatio="none"
        className="block h-12 w-full text-accent"
      >
        <line
          x1="0"
          x2={volume.counts.length}
          y1="40"
          y2="40"
          className="stroke-rule"
          strokeWidth="0.5"
          vectorEffect="non-scaling-stroke"
        />
        {volume.counts.map((n, i) =>
          n === 0 ? null : (
            <rect
              key={i}
              x={i + 0.1}
              width={0.8}
              y={40 - (n / max) * 40}
              height={(n / max) * 40}
              fill="currentColor"
            />
          ),
        )}
      </svg>
      <div className="mt-0.5 flex justify-between tabular-nums">
        <span>{month(volume.from)}</span>
        <span>{month(last)}</span>
      </div>
      <details className="mt-1">
        <summary className="cursor-pointer hover:text-ink">Show the numbers</summary>
        <table aria-labelledby={captionId} className="mt-1 w-full max-w-64 text-left tabular-nums">
          <thead>
            <tr>
              <th scope="col" className="font-medium">
                Month
              </th>
              <th scope="col" className="text-right font-medium">
                Stories
              </th>
            </tr>
          </thead>
          <tbody>
            {volume.counts.flatMap((n, i) =>
              n === 0
                ? []
                : [
                    <tr key={i}>
                      <td>{month(volume.from + i)}</td>
                      <td className="text-right">{n.toLocaleString()}</td>
                    </tr>,
                  ],
            )}
          </tbody>
        </table>
      </details>
    </figure>
  )
}
