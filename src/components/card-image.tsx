import { Newspaper } from 'lucide-react'
import { useState } from 'react'
import { cn } from '../lib/cn.ts'
import type { ImageRef } from '../shared/data.ts'

/** Aspect ratio from the image's own size, kept between 4:3 and 2:1 so the feed stays calm. */
function ratio(image?: ImageRef): number {
  if (!image?.width || !image.height) return 16 / 9
  return Math.min(2, Math.max(4 / 3, image.width / image.height))
}

interface CardImageProps {
  image?: ImageRef
  className?: string
  /** Above the fold: load at once and with high priority. */
  eager?: boolean
  sizes?: string
}

/**
 * A lead image in a box of known ratio (no layout shift), lazy by default, with a soft tinted
 * placeholder when there is no image or it fails to load. Decorative: the headline says it all.
 */
export function CardImage({ image, className, eager = false, sizes }: CardImageProps) {
  const [failed, setFailed] = useState(false)
  return (
    <div
      className={cn('relative overflow-hidden rounded-sm bg-paper-raised', className)}
      style={{ aspectRatio: ratio(image) }}
    >
      {image && !failed ? (
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
          onError={() => setFailed(true)}
          className="absolute inset-0 h-full w-full object-cover"
        />
      ) : (
        <div className="absolute inset-0 grid place-items-center text-rule" aria-hidden="true">
          <Newspaper className="size-8" strokeWidth={1.5} />
        </div>
      )}
    </div>
  )
}
