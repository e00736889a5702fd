import { Progress } from '@mantine/core'
import { useApplyText } from '../../i18n/feature-hooks'
import type { BarParts } from './bar-parts'

/**
 * Done / failed / not sent (person refused) as one bar over the relevant steps (bar-parts.ts),
 * so the green share is the percentage shown; each part is named for screen readers.
 */
export function ProgressBar({
  label,
  parts,
  animated,
}: {
  label: string
  parts: BarParts
  animated: boolean
}) {
  const { t } = useApplyText()
  const { relevant: total, done, failed, personRefused: skipped } = parts
  const pct = (n: number) => (total > 0 ? (n / total) * 100 : 0)
  return (
    <Progress.Root size="lg" aria-label={label}>
      <Progress.Section
        value={total <= 0 ? 100 : pct(done)}
        color="green"
        animated={animated}
        aria-label={`${label}: ${t('doneLabel')}`}
      />
      <Progress.Section
        value={pct(failed)}
        color="red"
        aria-label={`${label}: ${t('failedLabel')}`}
      />
      <Progress.Section
        value={pct(skipped)}
        color="gray.4"
        aria-label={`${label}: ${t('skippedLabel')}`}
      />
    </Progress.Root>
  )
}
