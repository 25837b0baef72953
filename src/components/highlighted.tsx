import { highlightSegments } from '../shared/highlight.ts'

/** Text with the search's matched words in `<mark>`; React escapes every run. */
export function Highlighted({ text, terms }: { text: string; terms?: readonly string[] }) {
  if (!terms?.length) return text
  return highlightSegments(text, terms).map((s, i) =>
    s.mark ? (
      <mark key={i} className="rounded-[2px] bg-highlight px-px text-ink">
        {s.text}
      </mark>
    ) : (
      s.text
    ),
  )
}
