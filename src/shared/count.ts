/** "1 article", "12,800 articles" (with the locale's digit grouping). */
export function countArticles(n: number, locale?: string): string {
  return countOf(n, 'article', 'articles', locale)
}

/** "1 story", "27 stories". */
export function countStories(n: number, locale?: string): string {
  return countOf(n, 'story', 'stories', locale)
}

function countOf(n: number, one: string, many: string, locale?: string): string {
  const rule = new Intl.PluralRules('en').select(n)
  return `${new Intl.NumberFormat(locale).format(n)} ${rule === 'one' ? one : many}`
}
