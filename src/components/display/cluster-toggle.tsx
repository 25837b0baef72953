import { Layers } from 'lucide-react'
import { useId } from 'react'
import { cn } from '../../lib/cn.ts'
import { ToolbarToggle } from './toolbar-toggle.tsx'

/** "Clustered" (on unless `cluster=0`): one card per story, however many outlets reported it. */
export function ClusterToggle({
  value,
  onChange,
}: {
  value: boolean
  onChange: (on: boolean) => void
}) {
  return (
    <ToolbarToggle
      pressed={value}
      onToggle={() => onChange(!value)}
      icon={Layers}
      label="Clustered"
      title={
        value
          ? 'One card per story, for all the outlets that reported it (press for one per article)'
          : 'One card per article (press for one per story)'
      }
      labelClass="max-lg:hidden"
    />
  )
}

/** The same choice in the phone's filter drawer, where the toolbar has no room for it. */
export function ClusterCheckbox({
  value,
  onChange,
  className,
}: {
  value: boolean
  onChange: (on: boolean) => void
  className?: string
}) {
  const id = useId()
  return (
    <div className={cn('mb-6 flex items-start gap-2.5 text-sm', className)}>
      <input
        id={id}
        aria-describedby={`${id}-about`}
        type="checkbox"
        checked={value}
        onChange={(e) => onChange(e.target.checked)}
        className="mt-0.5 size-4 accent-ink"
      />
      <div>
        <label htmlFor={id} className="font-medium">
          Clustered
        </label>
        <p id={`${id}-about`} className="text-xs text-muted">
          One card per story, for all the outlets that reported it
        </p>
      </div>
    </div>
  )
}
