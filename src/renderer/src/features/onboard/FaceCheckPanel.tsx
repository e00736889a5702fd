// Duplicates → "Compare faces on a terminal": a face terminal that offers search by picture
// compares the roster's faces with each other (persons.checkFaces); the pairs it finds alike
// join the duplicates list. While it runs, its progress (n of N faces, faceCheck.progress) is
// shown with a Cancel button (persons.cancelFaceCheck: the terminal's temporary library is
// removed). Where no terminal can compare, the station's coded reason is shown.
import { Alert, Button, Group, List, Progress, Stack, Text } from '@mantine/core'
import { IconFaceId } from '@tabler/icons-react'
import { useEffect, useState } from 'react'
import type { FaceCheckProgressEvent, FaceCheckReport } from '@shared/contract/face-check'
import type { AppError } from '@shared/result'
import { useOnboardText } from '../../i18n/feature-hooks'
import { station } from '../../lib/station'
import { useBusy } from '../../lib/use-busy'
import { ErrorNotice } from '../shell/ErrorNotice'

export function FaceCheckPanel({ onChecked }: { onChecked: () => Promise<void> }) {
  const { t } = useOnboardText()
  const [busy, run] = useBusy()
  const [error, setError] = useState<AppError | null>(null)
  const [report, setReport] = useState<FaceCheckReport | null>(null)
  const [progress, setProgress] = useState<FaceCheckProgressEvent | null>(null)
  const [cancelling, setCancelling] = useState(false)
  useEffect(() => station.on('faceCheck.progress', setProgress), [])

  const check = async () => {
    setError(null)
    setReport(null)
    setProgress(null)
    setCancelling(false)
    const r = await run(() => station.persons.checkFaces({}))
    setProgress(null)
    if (!r.ok) return setError(r.error)
    setReport(r.value)
    if (!r.value.cancelled) await onChecked()
  }
  const cancel = async () => {
    setCancelling(true)
    const r = await station.persons.cancelFaceCheck({})
    if (!r.ok) setError(r.error)
  }

  const phaseText = progress
    ? t(progress.phase === 'uploading' ? 'faceCheckUploading' : 'faceCheckComparing', {
        terminal: progress.terminal,
        done: progress.done,
        total: progress.total,
      })
    : t('faceCheckStarting')
  return (
    <Stack gap={6}>
      <Group gap="sm" wrap="nowrap">
        <Button
          variant="default"
          size="compact-sm"
          style={{ flexShrink: 0 }}
          leftSection={<IconFaceId size={16} aria-hidden />}
          loading={busy}
          onClick={() => void check()}
        >
          {t('faceCheck')}
        </Button>
        {busy ? (
          <Button
            variant="subtle"
            color="red"
            size="compact-sm"
            style={{ flexShrink: 0 }}
            loading={cancelling}
            onClick={() => void cancel()}
          >
            {t('faceCheckCancel')}
          </Button>
        ) : (
          <Text size="xs" c="dimmed">
            {t('faceCheckHint')}
          </Text>
        )}
      </Group>
      {busy && (
        <Stack gap={4} role="status" data-testid="face-check-progress">
          <Text size="sm">{phaseText}</Text>
          <Progress
            value={progress?.total ? Math.round((100 * progress.done) / progress.total) : 0}
            animated
            striped
            aria-label={phaseText}
          />
        </Stack>
      )}
      {error && <ErrorNotice error={error} />}
      {report && (
        <Alert
          color={report.cancelled ? 'yellow' : 'blue'}
          role="status"
          data-testid="face-check-report"
        >
          <Text size="sm">
            {report.cancelled
              ? t('faceCheckCancelled', {
                  terminal: report.terminal,
                  compared: report.compared,
                  total: report.total,
                })
              : t('faceCheckDone', {
                  terminal: report.terminal,
                  compared: report.compared,
                  found: report.found,
                  count: report.found,
                  percent: Math.round(report.minSimilarity * 100),
                })}
          </Text>
          {report.refused.length > 0 && (
            <List size="sm" mt={4}>
              {report.refused.map((r) => (
                <List.Item key={r.employeeNo}>{t('faceCheckRefused', r)}</List.Item>
              ))}
            </List>
          )}
        </Alert>
      )}
    </Stack>
  )
}
