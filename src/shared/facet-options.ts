/** One checkbox of a facet list. */
export interface FacetOption {
  value: string
  label: string
  /** Matches if this were the facet's only choice, with the other facets applied. */
  count: number
  checked: boolean
  /** Excluded: articles with it are left out. */
  excluded?: boolean
}

/** Lowercase, accents stripped: "Société" matches "societe". */
export const foldForSearch = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()

/**
 * Orders a facet list for display and narrows it to a typed filter: checked options first,
 * then by matches under the current filters (most first), ties in corpus order.
 */
export function arrangeOptions(options: FacetOption[], filter: string): FacetOption[] {
  const needle = foldForSearch(filter.trim())
  return options
    .map((o, i) => ({ o, i }))
    .filter(
      ({ o }) =>
        needle === '' || foldForSearch(o.label).includes(needle) || o.value.includes(needle),
    )
    .sort(
      (a, b) =>
        Number(!!b.o.checked || !!b.o.excluded) - Number(!!a.o.checked || !!a.o.excluded) ||
        b.o.count - a.o.count ||
        a.i - b.i,
    )
    .map(({ o }) => o)
}
