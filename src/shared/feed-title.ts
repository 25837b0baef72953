/** The parts of a feed view that name it. */
export interface FeedTitleParts {
  /** A topic page's topic, or a source page's provider. */
  baseTopic?: string
  baseSource?: string
  /** Names of the topics and sources ticked (OR-ed within each list). */
  topics: string[]
  sources: string[]
  search?: string
  page?: number
}

/**
 * The title of a feed view, without the site's name: "Computer Vision", "AI Ethics from The
 * Guardian", "“facial recognition” in Computer Vision — search", "Latest stories — page 2".
 */
export function feedTitle(parts: FeedTitleParts): string {
  const { baseTopic, baseSource, topics, sources, search, page = 1 } = parts
  const ticked = topics.join(' or ')
  const about = baseTopic && ticked ? `${baseTopic}: ${ticked}` : (baseTopic ?? ticked)
  const from = baseSource ?? sources.join(' or ')
  const subject = about && from ? `${about} from ${from}` : about || from
  const title = search
    ? `${quote(search)}${subject ? ` in ${subject}` : ''} — search`
    : subject || 'Latest stories'
  return page > 1 ? `${title} — page ${page}` : title
}

/** The search text in curly quotes, unless it has quotes of its own (a phrase search). */
export const quote = (text: string) => (text.includes('"') ? text : `“${text}”`)
