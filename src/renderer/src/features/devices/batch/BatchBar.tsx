// Actions on the terminals selected in the Devices table: firmware upgrade (one model at a time),
// sync time, NTP server, time zone; each opens the batch dialog with its per-terminal progress.
import { Button, CloseButton, Group, Paper, Text, Tooltip } from '@mantine/core'
import { IconClock, IconUpload, IconWorld } from '@tabler/icons-react'
import { useState } from 'react'
import { useBatchText } from '../../../i18n/feature-hooks'
import type { Device } from '@shared/model'
import { BatchDialog, type BatchKind } from './BatchDialog'
import { BatchProgress } from './BatchProgress'
import { useBatch } from './batch-store'

export function BatchBar({ devices, onClear }: { devices: Device[]; onClear: () => void }) {
  const { t } = useBatchText()
  const [open, setOpen] = useState<BatchKind | null>(null)
  const [syncing, setSyncing] = useState(false)
  const time = useBatch((s) => s.time)
  const models = [...new Set(devices.map((d) => d.model))]
  const oneModel = models.length === 1
  const sync = async () => {
    setSyncing(true)
    await time(
      devices.map((d) => d.id),
      { kind: 'sync' },
    )
    setSyncing(false)
  }
  return (
    <Paper
      withBorder
      p="sm"
      radius="md"
      role="region"
      aria-label={t('barLabel')}
      data-testid="batch-bar"
    >
      <Group gap="sm">
        <Text size="sm" fw={600} role="status">
          {t('selected', { count: devices.length })}
        </Text>
        <Tooltip label={t('oneModel', { models: models.join(', ') })} disabled={oneModel}>
          <Button
            size="xs"
            leftSection={<IconUpload size={14} aria-hidden />}
            disabled={!oneModel}
            onClick={() => setOpen('upgrade')}
          >
            {t('upgrade')}
          </Button>
        </Tooltip>
        <Button
          size="xs"
          variant="default"
          leftSection={<IconClock size={14} aria-hidden />}
          loading={syncing}
          onClick={() => void sync()}
        >
          {t('syncTime')}
        </Button>
        <Button
          size="xs"
          variant="default"
          leftSection={<IconWorld size={14} aria-hidden />}
          onClick={() => setOpen('ntp')}
        >
          {t('ntp')}
        </Button>
        <Button size="xs" variant="default" onClick={() => setOpen('timeZone')}>
          {t('timeZone')}
        </Button>
        <CloseButton ml="auto" aria-label={t('clear')} onClick={onClear} />
      </Group>
      {!open && <BatchProgress devices={devices} />}
      {open && <BatchDialog kind={open} devices={devices} onClose={() => setOpen(null)} />}
    </Paper>
  )
}
