import { Flame } from 'lucide-react'
import { countStories } from '../../shared/count.ts'
import type { ArticleDetail, Facets } from '../../shared/data.ts'
import { isHot, signalRank } from '../../shared/signals.ts'

/** What the digest's two scores say, as a place in this collection rather than a bare number. */
export function StorySignals({ article, facets }: { article: ArticleDetail; facets: Facets }) {
  const heat = signalRank(article.heat, facets.heatScale)
  const quality = signalRank(article.quality, facets.qualityScale)
  if (heat === undefined && quality === undefined) return null
  const among = `${countStories(facets.articleCount)} in this collection`
  return (
    <ul aria-label="Signals" className="flex flex-wrap items-center gap-x-5 gap-y-2 text-xs">
      {isHot(heat) && (
        <li className="inline-flex items-center gap-1 font-semibold text-accent">
          <Flame className="size-3.5" strokeWidth={2} aria-hidden="true" />
          Hot
        </li>
      )}
      {heat !== undefined && (
        <li>
          <Meter
            label="Attention"
            rank={heat}
            explain={`Heat ${article.heat}: how much attention the story drew, by the digest’s own measure. Higher than ${heat}% of the ${among}.`}
          />
        </li>
      )}
      {quality !== undefined && (
        <li>
          <Meter
            label="Quality"
            rank={quality}
            explain={`Quality ${article.quality}: the digest’s own rating of the story and its source. Higher than ${quality}% of the ${among}.`}
          />
        </li>
      )}
    </ul>
  )
}

const SEGMENTS = 5

/** "Top 10%", "Top 25%", "Top half", "Lower half": a rank (0–95) in words. */
function rankWords(rank: number): string {
  if (rank >= 90) return 'Top 10%'
  if (rank >= 75) return 'Top 25%'
  if (rank >= 50) return 'Top half'
  return 'Lower half'
}

/** A five-step meter of a rank in the collection, its words beside it, the number on hover. */
function Meter({ label, rank, explain }: { label: string; rank: number; explain: string }) {
  const filled = Math.min(SEGMENTS, Math.floor(rank / (100 / SEGMENTS)) + 1)
  return (
    <span
      role="meter"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={rank}
      aria-valuetext={`${rankWords(rank)}: higher than ${rank}% of the collection`}
      title={explain}
      className="inline-flex cursor-help items-center gap-2 text-muted"
    >
      {label}
      <span aria-hidden="true" className="inline-flex gap-0.5">
        {Array.from({ length: SEGMENTS }, (_, i) => (
          <span
            key={i}
            className={
              i < filled
                ? 'h-2.5 w-1.5 rounded-[1px] bg-ink/70'
                : 'h-2.5 w-1.5 rounded-[1px] bg-rule'
            }
          />
        ))}
      </span>
      <span aria-hidden="true" className="text-ink/80">
        {rankWords(rank)}
      </span>
    </span>
  )
}
