import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core'
import { IconTrash } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useEventsText } from '../../i18n/feature-hooks'
import {
  EVENT_PICTURE_CACHE_MB,
  EVENT_RETENTION_DAYS,
  type PruneResult,
  type Settings,
} from '@shared/model'
import { useErrorText } from '../../lib/error-text'
import { notify } from '../../lib/notify'
import { station } from '../../lib/station'
import { useBusy } from '../../lib/use-busy'
import { BoundedNumberField } from './BoundedNumberField'

const MIB = 1024 * 1024

/** How long events and their pictures are kept, and a clean-up on demand with what it removed. */
export function EventRetentionSection({
  settings,
  onSave,
}: {
  settings: Settings
  onSave(patch: Partial<Settings>): void
}) {
  const { t } = useEventsText()
  const { i18n } = useTranslation()
  const errorText = useErrorText()
  const [busy, run] = useBusy()
  const [removed, setRemoved] = useState<PruneResult | null>(null)
  const number = (n: number, digits = 0) =>
    n.toLocaleString(i18n.language, { maximumFractionDigits: digits })
  const cleanUp = async () => {
    const r = await run(() => station.events.prune())
    if (r.ok) return setRemoved(r.value)
    const e = errorText(r.error)
    notify({ color: 'red', title: e.title, message: e.advice ?? e.detail })
  }
  const days = EVENT_RETENTION_DAYS
  const mb = EVENT_PICTURE_CACHE_MB
  return (
    <Paper withBorder p="lg" radius="md">
      <Title order={2} size="h4" mb="md">
        {t('retention.title')}
      </Title>
      <Stack gap="md">
        <BoundedNumberField
          label={t('retention.days')}
          description={t('retention.daysHint', days)}
          invalid={t('retention.daysInvalid', days)}
          min={days.min}
          max={days.max}
          value={settings.eventRetentionDays}
          onSave={(eventRetentionDays) => onSave({ eventRetentionDays })}
          testId="retention-days"
        />
        <BoundedNumberField
          label={t('retention.pictureMB')}
          description={t('retention.pictureMBHint', mb)}
          invalid={t('retention.pictureMBInvalid', mb)}
          min={mb.min}
          max={mb.max}
          value={settings.eventPictureCacheMB}
          onSave={(eventPictureCacheMB) => onSave({ eventPictureCacheMB })}
          testId="retention-picture-mb"
        />
        <Text size="sm" c="dimmed">
          {t('retention.schedule')}
        </Text>
        <Group>
          <Button
            variant="default"
            loading={busy}
            onClick={() => void cleanUp()}
            leftSection={<IconTrash size={16} aria-hidden />}
          >
            {t('retention.cleanUp')}
          </Button>
        </Group>
        <Text size="sm" role="status" data-testid="retention-result">
          {!removed
            ? ''
            : removed.events === 0 && removed.pictures === 0
              ? t('retention.nothingToClean')
              : t('retention.cleanedUp', {
                  events: number(removed.events),
                  pictures: number(removed.pictures),
                  size: `${number(removed.bytes / MIB, 1)} MB`,
                  seconds: number(removed.tookMs / 1000, 1),
                })}
        </Text>
      </Stack>
    </Paper>
  )
}
