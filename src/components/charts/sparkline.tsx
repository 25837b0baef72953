import { formatMonth, type Volume } from '../../shared/volume.ts'

/** Months a sparkline shows: the collection's last two years. */
export const SPARK_MONTHS = 24

/** The last SPARK_MONTHS of a series. */
export function recent({ from, counts }: Volume): Volume {
  const start = Math.max(0, counts.length - SPARK_MONTHS)
  return { from: from + start, counts: counts.slice(start) }
}

/**
 * A topic's stories per month over the collection's last two years, as tiny bars (the months
 * counted back from the newest story, not the clock), with a one-sentence text alternative.
 */
export function Sparkline({ volume, name }: { volume: Volume; name: string }) {
  const { from, counts } = recent(volume)
  const max = Math.max(1, ...counts)
  const total = counts.reduce((a, b) => a + b, 0)
  const lastYear = counts.slice(-12).reduce((a, b) => a + b, 0)
  const label = `${name}: ${total} stories in the ${counts.length} months to ${formatMonth(from + counts.length - 1)}, ${lastYear} of them in the last 12.`
  return (
    <svg
      role="img"
      aria-label={label}
      viewBox={`0 0 ${SPARK_MONTHS} 16`}
      preserveAspectRatio="none"
      className="h-4 w-16 shrink-0 text-accent"
    >
      <line
        x1="0"
        x2={SPARK_MONTHS}
        y1="16"
        y2="16"
        className="stroke-rule"
        strokeWidth="1"
        vectorEffect="non-scaling-stroke"
      />
      {counts.map((n, i) =>
        n === 0 ? null : (
          <rect
            key={i}
            x={SPARK_MONTHS - counts.length + i + 0.15}
            width={0.7}
            y={16 - (n / max) * 16}
            height={(n / max) * 16}
            fill="currentColor"
          />
        ),
      )}
    </svg>
  )
}
