/** "1 article", "12,800 articles" (with the locale's digit grouping). */
export function countArticles(n: number, locale?: string): string {
  return countOf(n, 'article', 'articles', locale)
}

/** "1 story", "27 stories". */
export function countStories(n: number, locale?: string): string {
  return countOf(n, 'story', 'stories', locale)
}

/** "1 outlet", "4 outlets". */
export function countOutlets(n: number, locale?: string): string {
  return countOf(n, 'outlet', 'outlets', locale)
}

/** "1 other outlet", "3 other outlets". */
export function countOtherOutlets(n: number, locale?: string): string {
  return countOf(n, 'other outlet', 'other outlets', locale)
}

function countOf(n: number, one: string, many: string, locale?: string): string {
  const rule = new Intl.PluralRules('en').select(n)
  return `${new Intl.NumberFormat(locale).format(n)} ${rule === 'one' ? one : many}`
}
