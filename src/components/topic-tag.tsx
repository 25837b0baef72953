import { Link } from 'react-router'
import { paths } from '../config/paths.ts'
import { cn } from '../lib/cn.ts'
import type { TopicRef } from '../shared/data.ts'

/** A quiet pill that filters the feed by its topic. */
export function TopicTag({ topic, className }: { topic: TopicRef; className?: string }) {
  return (
    <Link
      to={paths.feed.href(`topic=${encodeURIComponent(topic.slug)}`)}
      className={cn(
        'inline-flex items-center rounded-full border border-rule px-2 py-0.5 text-xs text-muted',
        'transition-colors hover:border-accent hover:text-accent',
        className,
      )}
    >
      {topic.name}
    </Link>
  )
}

export function TopicTags({ topics, className }: { topics: TopicRef[]; className?: string }) {
  if (topics.length === 0) return null
  return (
    <ul className={cn('flex flex-wrap gap-1.5', className)} aria-label="Topics">
      {topics.map((t) => (
        <li key={t.slug}>
          <TopicTag topic={t} />
        </li>
      ))}
    </ul>
  )
}
