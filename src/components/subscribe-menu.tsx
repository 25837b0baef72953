import { Rss } from 'lucide-react'
import { feedsPublished } from 'virtual:broadsheet-data'
import { withBase } from '../config/paths.ts'
import { usePopoverMenu } from '../hooks/use-popover-menu.ts'
import { cn } from '../lib/cn.ts'
import { FEED_FORMATS, feedPath, OPML_PATH, type FeedSubject } from '../shared/feed-files.ts'
import { PopoverPanel } from './popover-panel.tsx'

/** The feed links of a subject, as `<link rel="alternate">` in the page's head (React hoists them). */
export function FeedLinks({ subject, name }: { subject: FeedSubject; name: string }) {
  if (!feedsPublished) return null
  return FEED_FORMATS.map((format) => (
    <link
      key={format.key}
      rel="alternate"
      type={format.type}
      title={`${name} (${format.label})`}
      href={withBase(feedPath(subject, format))}
    />
  ))
}

/**
 * "Subscribe": the feeds of a topic, a source or the whole digest (RSS, Atom, JSON Feed) and the
 * OPML list of every topic's and source's feed, in a popover. Nothing when the build wrote no
 * feeds (it did not know the site's address).
 */
export function SubscribeMenu({
  subject,
  name,
  className,
}: {
  subject: FeedSubject
  name: string
  className?: string
}) {
  const menu = usePopoverMenu('start')
  if (!feedsPublished) return null
  const item = 'flex min-h-10 items-center rounded-sm px-3 hover:bg-paper-raised hover:text-accent'
  return (
    <>
      <button
        {...menu.trigger}
        type="button"
        className={cn(
          'inline-flex min-h-9 items-center gap-1.5 rounded-sm border border-rule px-3 text-sm hover:border-accent hover:text-accent',
          className,
        )}
      >
        <Rss className="size-4" strokeWidth={1.75} aria-hidden="true" />
        Subscribe
        <span className="sr-only"> to {name}</span>
      </button>
      <PopoverPanel {...menu.panel} label={`Feeds of ${name}`}>
        {FEED_FORMATS.map((format) => (
          <li key={format.key}>
            <a href={withBase(feedPath(subject, format))} type={format.type} className={item}>
              {format.label}
            </a>
          </li>
        ))}
        <li className="mt-1 border-t border-rule pt-1">
          <a href={withBase(OPML_PATH)} type="text/x-opml" className={item}>
            Every topic and source (OPML)
          </a>
        </li>
      </PopoverPanel>
    </>
  )
}
