import { useLayoutEffect } from 'react'
import { useReader } from '../../hooks/use-reader.ts'

/**
 * Keeps `<html>`'s data-theme and data-text-size in step with the reader's settings (this tab's
 * and other tabs'). index.html sets them before the first paint from the same stored state.
 */
export function DisplaySync() {
  const { theme, textSize } = useReader((state) => state.preferences)
  useLayoutEffect(() => {
    const root = document.documentElement.dataset
    if (theme === 'system') delete root.theme
    else root.theme = theme
    if (textSize === 'normal') delete root.textSize
    else root.textSize = textSize
  }, [theme, textSize])
  return null
}
