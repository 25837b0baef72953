import { ExternalLink } from 'lucide-react'
import { Link } from 'react-router'
import { paths } from '../../config/paths.ts'
import type { ArticleDetail } from '../../shared/data.ts'
import { absoluteDateTime } from '../../shared/format-date.ts'
import { isHttpUrl } from '../../shared/url.ts'
import { CardImage } from '../card-image.tsx'
import { ProviderLogo } from '../provider-logo.tsx'
import { RelativeTime } from '../relative-time.tsx'

/** The story itself: headline, meta line, lead image, standfirst, topics and the way out. */
export function StoryArticle({ article }: { article: ArticleDetail }) {
  const image = article.images[0]
  const signals = [
    article.quality !== undefined && article.quality >= 0
      ? `Quality ${article.quality}`
      : undefined,
    article.heat !== undefined && article.heat > 0 ? `Heat ${article.heat}` : undefined,
  ].filter(Boolean)
  return (
    <article aria-labelledby="story-title" className="flex max-w-[68ch] flex-col gap-5">
      {article.topics[0] && (
        <p className="text-xs font-semibold tracking-[0.12em] text-accent uppercase">
          <Link to={paths.topic.href(article.topics[0].slug)} className="hover:underline">
            {article.topics[0].name}
          </Link>
        </p>
      )}
      <h1
        id="story-title"
        className="font-serif text-[28px] leading-[1.15] font-medium tracking-tight text-balance sm:text-[40px]"
      >
        {article.title}
      </h1>
      <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-muted">
        <Link
          to={paths.source.href(article.provider.domain)}
          className="inline-flex items-center gap-2 font-medium text-ink hover:text-accent"
        >
          <ProviderLogo provider={article.provider} size={24} />
          {article.provider.name}
        </Link>
        <span aria-hidden="true">·</span>
        <RelativeTime date={article.date} />
        <span aria-hidden="true">·</span>
        <span>{absoluteDateTime(article.date)}</span>
      </p>
      {image && (
        <CardImage
          image={image}
          eager
          className="w-full"
          sizes="(min-width: 1024px) 680px, 100vw"
        />
      )}
      {article.excerpt && (
        <p className="font-serif text-[22px] leading-[1.45] text-ink/90">{article.excerpt}</p>
      )}
      <div className="flex flex-wrap items-center gap-3">
        {isHttpUrl(article.url) && (
          <a
            href={article.url}
            target="_blank"
            rel="noopener noreferrer"
            className="inline-flex items-center gap-2 rounded-sm bg-ink px-5 py-2.5 font-medium text-paper hover:bg-accent"
          >
            Read at {article.provider.name}
            <ExternalLink className="size-4" aria-hidden="true" />
            <span className="sr-only"> (opens in a new tab)</span>
          </a>
        )}
        {isHttpUrl(article.ampUrl) && (
          <a
            href={article.ampUrl}
            target="_blank"
            rel="noopener noreferrer"
            className="text-sm text-muted underline underline-offset-4 hover:text-accent"
          >
            AMP version<span className="sr-only"> (opens in a new tab)</span>
          </a>
        )}
      </div>
      {(article.topics.length > 0 || signals.length > 0) && (
        <div className="flex flex-wrap items-center justify-between gap-3 border-t border-rule pt-4">
          <ul aria-label="Topics" className="flex flex-wrap gap-1.5">
            {article.topics.map((t) => (
              <li key={t.slug}>
                <Link
                  to={paths.topic.href(t.slug)}
                  className="inline-flex rounded-full border border-rule px-2.5 py-0.5 text-xs text-muted hover:border-accent hover:text-accent"
                >
                  {t.name}
                </Link>
              </li>
            ))}
          </ul>
          {signals.length > 0 && (
            <p className="text-xs text-muted tabular-nums">{signals.join(' · ')}</p>
          )}
        </div>
      )}
    </article>
  )
}
