import { X } from 'lucide-react'
import { useReaderProblems } from '../../hooks/use-reader.ts'
import { readerProblems } from '../../lib/reader.ts'
import { problemMessages } from '../../lib/reader-storage.ts'

/** Says, once, that the reading state could not be read or saved; the reader can dismiss it. */
export function ReaderNotice() {
  const problems = useReaderProblems()
  return (
    <div role="status" aria-label="Reading state" className="empty:hidden">
      {problems.map((problem) => (
        <p
          key={problem}
          className="mb-3 flex items-start gap-3 rounded-sm border border-rule bg-paper-raised px-3 py-2 text-sm"
        >
          <span className="flex-1">{problemMessages[problem]}</span>
          <button
            type="button"
            onClick={() => readerProblems.dismiss(problem)}
            aria-label="Dismiss"
            className="grid size-6 shrink-0 place-items-center rounded-sm text-muted hover:text-ink"
          >
            <X className="size-4" aria-hidden="true" />
          </button>
        </p>
      ))}
    </div>
  )
}
