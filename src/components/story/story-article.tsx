import { ExternalLink } from 'lucide-react'
import { Link } from 'react-router'
import { paths } from '../../config/paths.ts'
import type { ArticleDetail, Facets } from '../../shared/data.ts'
import { mostSpecificTopic } from '../../shared/specific-topic.ts'
import { httpUrl } from '../../shared/url.ts'
import { articleRef } from '../../shared/reader-actions.ts'
import { CardImage } from '../card-image.tsx'
import { ProviderLogo } from '../provider-logo.tsx'
import { StoryTime } from '../story-time.tsx'
import { MetaLine } from './meta-line.tsx'
import { SaveButton } from './save-button.tsx'
import { StorySignals } from './story-signals.tsx'

/**
 * The story itself, in the order a reader needs it: kicker, headline, source and date, the way
 * out to the original (visible without scrolling on a phone too), then the picture, the
 * standfirst, the topics and what its scores say.
 */
export function StoryArticle({ article, facets }: { article: ArticleDetail; facets: Facets }) {
  const kicker = mostSpecificTopic(article.topics, facets)
  const readUrl = httpUrl(article.url)
  const ampUrl = httpUrl(article.ampUrl)
  return (
    <article aria-labelledby="story-title" className="flex max-w-[68ch] min-w-0 flex-col gap-4">
      {kicker && (
        <p className="text-xs font-semibold tracking-[0.12em] text-accent uppercase">
          <Link to={paths.topic.href(kicker.slug)} className="hover:underline">
            {kicker.name}
          </Link>
        </p>
      )}
      <h1
        id="story-title"
        className="font-serif text-[1.75rem] leading-[1.15] font-medium tracking-tight text-balance sm:text-[2.5rem]"
      >
        {article.title}
      </h1>
      <MetaLine className="text-sm text-muted">
        <Link
          to={paths.source.href(article.provider.domain)}
          className="inline-flex items-center gap-2 font-medium text-ink hover:text-accent"
        >
          <ProviderLogo provider={article.provider} size={24} />
          {article.provider.name}
        </Link>
        <StoryTime date={article.date} withTime />
      </MetaLine>
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        {readUrl !== undefined && (
          <a
            href={readUrl}
            target="_blank"
            rel="noopener noreferrer"
            data-shortcut="original"
            aria-keyshortcuts="v"
            title="Shortcut: v"
            className="inline-flex items-center gap-2 rounded-sm bg-ink px-5 py-2.5 font-medium text-paper hover:bg-accent"
          >
            Read at {article.provider.name}
            <ExternalLink className="size-4" aria-hidden="true" />
            <span className="sr-only"> (opens in a new tab)</span>
          </a>
        )}
        {ampUrl !== undefined && (
          <a
            href={ampUrl}
            target="_blank"
            rel="noopener noreferrer"
            className="text-sm text-muted underline underline-offset-4 hover:text-accent"
          >
            AMP version<span className="sr-only"> (opens in a new tab)</span>
          </a>
        )}
        <SaveButton story={articleRef(article)} />
      </div>
      <CardImage
        image={article.images[0]}
        eager
        className="mt-2 aspect-[16/9] w-full"
        sizes="(min-width: 1024px) 680px, 100vw"
      />
      {article.excerpt && (
        <p className="font-serif text-[1.25rem] leading-[1.5] text-ink/90 sm:text-[1.375rem]">
          {article.excerpt}
        </p>
      )}
      <div className="flex flex-wrap items-center justify-between gap-3 border-t border-rule pt-4">
        {article.topics.length > 0 && (
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
        )}
        <StorySignals article={article} facets={facets} />
      </div>
    </article>
  )
}
