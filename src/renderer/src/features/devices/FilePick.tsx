import { Text } from '@mantine/core'
import { useId } from 'react'

/** A labelled native file input (a real `input type=file`, reachable by keyboard and tests). */
export function FilePick({
  label,
  hint,
  accept,
  disabled,
  onPick,
}: {
  label: string
  hint: string
  accept?: string
  disabled?: boolean
  onPick: (file: File | null) => void
}) {
  const id = useId()
  return (
    <div>
      <Text component="label" htmlFor={id} size="sm" fw={500} display="block">
        {label}
      </Text>
      <Text id={`${id}-hint`} size="xs" c="dimmed" mb={6}>
        {hint}
      </Text>
      <input
        id={id}
        type="file"
        accept={accept}
        disabled={disabled}
        aria-describedby={`${id}-hint`}
        onChange={(e) => onPick(e.currentTarget.files?.[0] ?? null)}
        style={{ fontSize: 'var(--mantine-font-size-sm)', maxWidth: '100%' }}
      />
    </div>
  )
}

export const mebibytes = (bytes: number): string =>
  bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1)} MiB`
    : `${Math.ceil(bytes / 1024)} KiB`
