import { Alert, Text } from '@mantine/core'
import type { AppError } from '@shared/result'
import { useErrorText } from '../../../lib/error-text'

/** A refused or failed call, explained in place (title by code, advice, the station's words). */
export function SectionProblem({ error }: { error: AppError | null }) {
  const errorText = useErrorText()
  if (!error) return null
  const e = errorText(error)
  return (
    <Alert color="red" title={e.title} role="alert">
      {e.advice && <Text size="sm">{e.advice}</Text>}
      <Text size="sm" c="dimmed">
        {e.detail}
      </Text>
    </Alert>
  )
}

/** The one muted line that says what this terminal lacks. */
export function Lacks({ items }: { items: string[] }) {
  if (items.length === 0) return null
  return (
    <Text size="sm" c="dimmed" data-testid="section-lacks">
      {items.join(' · ')}
    </Text>
  )
}
