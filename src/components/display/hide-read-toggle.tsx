import { EyeOff } from 'lucide-react'
import { ToolbarToggle } from './toolbar-toggle.tsx'

/** "Hide read" (`unread=1`): an icon button beside the layout toggle, pressed while on. */
export function HideReadToggle({
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
      icon={EyeOff}
      label="Hide read"
      title={
        value ? 'Hiding stories you have read (press to show them)' : 'Hide stories you have read'
      }
      labelClass="max-lg:hidden"
    />
  )
}
