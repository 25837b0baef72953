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

/** Options listed before "Show all". */
export const VISIBLE_OPTIONS = 8

/** Lowercase, accents stripped: "Société" matches "societe". */
export const foldForSearch = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()

/**
 * Narrows a facet list to a typed filter. The order is the collection's (most articles first)
 * and never the live counts or the ticked state, so ticking a row never moves the rows under
 * the pointer.
 */
export function arrangeOptions(options: FacetOption[], filter: string): FacetOption[] {
  const needle = foldForSearch(filter.trim())
  if (needle === '') return options
  return options.filter((o) => foldForSearch(o.label).includes(needle) || o.value.includes(needle))
}

/** Chosen options (ticked or excluded) beyond the first few: kept in view when a list closes. */
export function pinnedValues(options: FacetOption[]): string[] {
  return options
    .slice(VISIBLE_OPTIONS)
    .filter((o) => o.checked || o.excluded)
    .map((o) => o.value)
}

/**
 * The pinned values with any chosen option not yet among them (chosen from outside the list:
 * a topic tag, a link, the URL), appended; the same array when nothing is missing. Once pinned,
 * a row stays listed even when it is unticked, so it never vanishes from under the pointer.
 */
export function pinChosen(pinned: readonly string[], options: FacetOption[]): readonly string[] {
  const missing = pinnedValues(options).filter((v) => !pinned.includes(v))
  return missing.length === 0 ? pinned : [...pinned, ...missing]
}

/**
 * The rows a facet list shows: every match while filtering or expanded; else the first few and
 * the options pinned when the list was last opened, in list order.
 */
export function visibleOptions(
  options: FacetOption[],
  { filter, expanded, pinned }: { filter: string; expanded: boolean; pinned: readonly string[] },
): FacetOption[] {
  const arranged = arrangeOptions(options, filter)
  if (expanded || filter.trim()) return arranged
  return arranged.filter((o, i) => i < VISIBLE_OPTIONS || pinned.includes(o.value))
}
