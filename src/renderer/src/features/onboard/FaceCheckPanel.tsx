// Duplicates → "Compare faces on a terminal": a face terminal that offers search by picture
// compares the roster's faces with each other (persons.checkFaces); the pairs it finds alike
// join the duplicates list. Where none can, the station's coded reason is shown.
import { Alert, Button, Group, List, Stack, Text } from '@mantine/core'
import { IconFaceId } from '@tabler/icons-react'
import { useState } from 'react'
import type { FaceCheckReport } from '@shared/contract/face-check'
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

  const check = async () => {
    setError(null)
    setReport(null)
    const r = await run(() => station.persons.checkFaces({}))
    if (!r.ok) return setError(r.error)
    setReport(r.value)
    await onChecked()
  }

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
        <Text size="xs" c="dimmed">
          {t('faceCheckHint')}
        </Text>
      </Group>
      {error && <ErrorNotice error={error} />}
      {report && (
        <Alert color="blue" role="status" data-testid="face-check-report">
          <Text size="sm">
            {t('faceCheckDone', {
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
