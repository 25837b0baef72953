import { useState } from 'react'
import { cn } from '../lib/cn.ts'
import type { ProviderRef } from '../shared/data.ts'
import { initials, monogramColour } from '../shared/monogram.ts'

interface ProviderLogoProps {
  provider: ProviderRef
  /** Rendered size in px (square). */
  size?: number
  className?: string
}

/**
 * The provider's logo, or, when it has none or it fails to load, a monogram of its initials on
 * a colour derived from its domain. Decorative: the provider's name is always written beside it.
 */
export function ProviderLogo({ provider, size = 20, className }: ProviderLogoProps) {
  const [failed, setFailed] = useState(false)
  const box = cn('inline-block shrink-0 rounded-sm', className)
  if (provider.logo && !failed) {
    return (
      <img
        src={provider.logo}
        alt=""
        width={size}
        height={size}
        loading="lazy"
        decoding="async"
        referrerPolicy="no-referrer"
        onError={() => setFailed(true)}
        className={cn(box, 'bg-paper-raised object-cover')}
        style={{ width: size, height: size }}
      />
    )
  }
  return (
    <span
      aria-hidden="true"
      className={cn(box, 'grid place-items-center font-sans font-semibold text-white select-none')}
      style={{
        width: size,
        height: size,
        backgroundColor: monogramColour(provider.domain),
        fontSize: Math.max(8, Math.round(size * 0.42)),
        lineHeight: 1,
      }}
    >
      {initials(provider.name)}
    </span>
  )
}
