import { useState } from 'react'
import { cn } from '../lib/cn.ts'
import type { ImageRef } from '../shared/data.ts'

interface CardImageProps {
  image?: ImageRef
  /** The box's size and aspect ratio (the image is cropped to it, so one card size lines up). */
  className?: string
  /** Above the fold: load at once and with high priority. */
  eager?: boolean
  sizes?: string
}

/**
 * Pictures that failed to load in this visit. A card drawn again (Back to the feed, the story
 * page) starts as the text card it became, so the page has its final height at once and the
 * scroll position Back restores lands on the same story.
 */
const failedUrls = new Set<string>()

/**
 * A story's picture, cropped to the box its card size gives it (no layout shift while it
 * loads), lazy by default. Without an image, or once it fails to load, nothing is drawn: the
 * card becomes a text card instead of showing an empty box. Decorative: the headline says it all.
 */
export function CardImage({ image, className, eager = false, sizes }: CardImageProps) {
  // The set is the record; the state only draws the card again when its picture fails.
  const [, setFailed] = useState<string>()
  if (!image || failedUrls.has(image.url)) return null
  return (
    <div className={cn('relative overflow-hidden rounded-sm bg-paper-raised', className)}>
      <img
        src={image.url}
        alt=""
        width={image.width}
        height={image.height}
        sizes={sizes}
        loading={eager ? 'eager' : 'lazy'}
        fetchPriority={eager ? 'high' : 'auto'}
        decoding="async"
        referrerPolicy="no-referrer"
        onError={() => {
          failedUrls.add(image.url)
          setFailed(image.url)
        }}
        className="absolute inset-0 h-full w-full object-cover"
      />
    </div>
  )
}
