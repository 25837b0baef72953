import { Children, type ReactNode } from 'react'
import { cn } from '../../lib/cn.ts'

/**
 * A line of facts separated by "·" that may wrap: each item carries its separator in front,
 * and the line is shifted left by one separator and clipped, so the separator of whichever
 * item starts a line is cut off and none dangles at either end.
 */
export function MetaLine({ children, className }: { children: ReactNode; className?: string }) {
  return (
    <div className={cn('-mx-1 overflow-hidden px-1 py-0.5', className)}>
      <p className="-ml-5 flex flex-wrap items-center gap-y-1">
        {Children.toArray(children).map((item, i) => (
          <span
            key={i}
            className="inline-flex items-center before:w-5 before:text-center before:content-['·'_/_'']"
          >
            {item}
          </span>
        ))}
      </p>
    </div>
  )
}
