import { Link } from 'react-router'
import { paths } from '../../config/paths.ts'
import { countStories } from '../../shared/count.ts'

/**
 * Says how many stories the reader's mutes left out of this view, with the way to see them
 * (`muted=show`) and to the settings where mutes are undone.
 */
export function MutedNote({
  count,
  showing,
  onShow,
}: {
  count: number
  showing: boolean
  onShow: (show: boolean) => void
}) {
  if (!showing && count === 0) return null
  return (
    <p className="text-xs text-muted">
      {showing ? 'Showing muted stories' : `${countStories(count)} muted`} ·{' '}
      <button
        type="button"
        onClick={() => onShow(!showing)}
        className="underline underline-offset-2 hover:text-accent"
      >
        {showing ? 'Hide them' : 'Show'}
      </button>{' '}
      ·{' '}
      <Link to={paths.settings.href()} className="underline underline-offset-2 hover:text-accent">
        Mutes
      </Link>
    </p>
  )
}
