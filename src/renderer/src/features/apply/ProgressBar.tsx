import { Progress } from '@mantine/core'
import { useApplyText } from '../../i18n/feature-hooks'

/** Done / failed / skipped as one bar; each part is named for screen readers. */
export function ProgressBar({
  label,
  total,
  done,
  failed,
  skipped,
  animated,
}: {
  label: string
  total: number
  done: number
  failed: number
  skipped: number
  animated: boolean
}) {
  const { t } = useApplyText()
  const pct = (n: number) => (total > 0 ? (n / total) * 100 : 0)
  return (
    <Progress.Root size="lg" aria-label={label}>
      <Progress.Section
        value={total === 0 ? 100 : pct(done)}
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
