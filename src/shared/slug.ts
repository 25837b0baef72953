const COMBINING_MARKS = /[\u0300-\u036f]/g

/**
 * URL-safe slug: accents stripped (é → e), lowercase ASCII letters and digits,
 * every other run of characters collapsed to one `-`, no leading or trailing `-`.
 */
export function slugify(input: string): string {
  return input
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}

/** Hands out slugs that are unique within one run: later duplicates get `-2`, `-3`, … */
export function createSlugAllocator(): (wanted: string) => string {
  const taken = new Set<string>()
  return (wanted) => {
    let slug = wanted
    for (let n = 2; taken.has(slug); n++) slug = `${wanted}-${n}`
    taken.add(slug)
    return slug
  }
}
