import { Bookmark, Check, EyeOff, MoreHorizontal } from 'lucide-react'
import { usePopoverMenu } from '../hooks/use-popover-menu.ts'
import { useReader } from '../hooks/use-reader.ts'
import { cn } from '../lib/cn.ts'
import { readerActions } from '../lib/reader.ts'
import type { ProviderRef, TopicRef } from '../shared/data.ts'
import { cardRef, isRead, isSaved, type StoryRef } from '../shared/reader-actions.ts'
import { PopoverPanel } from './popover-panel.tsx'

const iconButton =
  'grid size-8 shrink-0 place-items-center rounded-sm text-muted hover:bg-paper-raised hover:text-ink aria-pressed:text-accent'

/**
 * A story's save button, and its menu: mark read or unread, mute its source or its topics. They
 * come after the headline link in the card (the link is what a reader reaches first). The menu is
 * the platform's popover: it closes on Esc or a click outside and gives focus back. Where
 * popover is unknown (before 2024) the button shows and hides the menu in place instead.
 */
export function StoryActions({
  card,
  provider,
  topics,
  describedBy,
  className,
}: {
  /** The card's story (cards and list rows alike). */
  card: { slug: string; title: string; date: string }
  provider: ProviderRef
  topics: TopicRef[]
  /** Id of the story's headline: which story the buttons act on, for a screen reader. */
  describedBy: string
  className?: string
}) {
  const story = cardRef(card, provider.domain)
  const saved = useReader((state) => isSaved(state, story.slug))
  const read = useReader((state) => isRead(state, story.slug))
  const menu = usePopoverMenu()
  const act = (change: () => void) => {
    menu.close()
    change()
  }

  return (
    <div className={cn('flex items-center', className)}>
      <button
        type="button"
        aria-pressed={saved}
        aria-describedby={describedBy}
        aria-keyshortcuts="s"
        title={saved ? 'Saved (s to unsave)' : 'Save for later (s)'}
        data-shortcut="save"
        onClick={() => readerActions.toggleSaved(story)}
        className={iconButton}
      >
        <Bookmark
          className="size-4"
          strokeWidth={1.75}
          fill={saved ? 'currentColor' : 'none'}
          aria-hidden="true"
        />
        <span className="sr-only">Save</span>
      </button>
      <ReadShortcut story={story} />
      <button
        {...menu.trigger}
        type="button"
        aria-describedby={describedBy}
        title="More actions"
        className={iconButton}
      >
        <MoreHorizontal className="size-4" strokeWidth={1.75} aria-hidden="true" />
        <span className="sr-only">More actions</span>
      </button>
      <PopoverPanel {...menu.panel} label="Story actions">
        <MenuItem onClick={() => act(() => readerActions.toggleRead(story))} shortcut="m">
          <Check className="size-4" strokeWidth={1.75} aria-hidden="true" />
          {read ? 'Mark as unread' : 'Mark as read'}
        </MenuItem>
        <MenuItem onClick={() => act(() => readerActions.setMuted('sources', story.source, true))}>
          <EyeOff className="size-4" strokeWidth={1.75} aria-hidden="true" />
          Mute {provider.name}
        </MenuItem>
        {topics.slice(0, 4).map((topic) => (
          <MenuItem
            key={topic.slug}
            onClick={() => act(() => readerActions.setMuted('topics', topic.slug, true))}
          >
            <EyeOff className="size-4" strokeWidth={1.75} aria-hidden="true" />
            Mute topic {topic.name}
          </MenuItem>
        ))}
      </PopoverPanel>
    </div>
  )
}

/** Hidden from sight and the accessibility tree: the keyboard's `m` presses it. */
export function ReadShortcut({ story }: { story: StoryRef }) {
  return (
    <button
      type="button"
      hidden
      data-shortcut="read"
      onClick={() => readerActions.toggleRead(story)}
    />
  )
}

function MenuItem({
  onClick,
  shortcut,
  children,
}: {
  onClick: () => void
  shortcut?: string
  children: React.ReactNode
}) {
  return (
    <li>
      <button
        type="button"
        onClick={onClick}
        aria-keyshortcuts={shortcut}
        className="flex min-h-10 w-full items-center gap-2 rounded-sm px-3 text-left hover:bg-paper-raised"
      >
        {children}
        {shortcut && (
          <kbd className="ml-auto rounded-sm border border-rule px-1 text-xs text-muted">
            {shortcut}
          </kbd>
        )}
      </button>
    </li>
  )
}
