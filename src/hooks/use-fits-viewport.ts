import { useEffect, useState, type RefObject } from 'react'

/**
 * Whether the element is no taller than the window minus `margin` px: a sticky column is only
 * sticky while it fits, so nothing in it is ever out of reach or needs a scroll of its own.
 */
export function useFitsViewport(ref: RefObject<HTMLElement | null>, margin = 32): boolean {
  const [fits, setFits] = useState(false)
  useEffect(() => {
    const element = ref.current
    if (!element) return
    const measure = () => setFits(element.offsetHeight <= window.innerHeight - margin)
    const observer = new ResizeObserver(measure)
    observer.observe(element)
    window.addEventListener('resize', measure)
    measure()
    return () => {
      observer.disconnect()
      window.removeEventListener('resize', measure)
    }
  }, [ref, margin])
  return fits
}
