import { Bookmark } from 'lucide-react'
import { useReader } from '../../hooks/use-reader.ts'
import { readerActions } from '../../lib/reader.ts'
import { isSaved, type StoryRef } from '../../shared/reader-actions.ts'
import { ReadShortcut } from '../story-actions.tsx'

/** The story page's save button, beside "Read at": pressed while the story is saved. */
export function SaveButton({ story }: { story: StoryRef }) {
  const saved = useReader((state) => isSaved(state, story.slug))
  return (
    <>
      <button
        type="button"
        aria-pressed={saved}
        aria-keyshortcuts="s"
        title="Shortcut: s"
        data-shortcut="save"
        onClick={() => readerActions.toggleSaved(story)}
        className="inline-flex items-center gap-2 rounded-sm border border-rule px-4 py-2.5 text-sm font-medium hover:border-accent hover:text-accent aria-pressed:border-accent aria-pressed:text-accent"
      >
        <Bookmark
          className="size-4"
          strokeWidth={1.75}
          fill={saved ? 'currentColor' : 'none'}
          aria-hidden="true"
        />
        <span aria-hidden="true">{saved ? 'Saved' : 'Save'}</span>
        <span className="sr-only">Save</span>
      </button>
      <ReadShortcut story={story} />
    </>
  )
}
