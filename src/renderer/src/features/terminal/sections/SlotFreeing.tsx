// Freeing listening-host slots from the Terminal page: one slot (a stale platform's) or all of
// them, each after an explicit confirmation that says who stops receiving events.
import { Button, Group, Text } from '@mantine/core'
import { useState } from 'react'
import type { ListeningSlotView } from '@shared/contract/terminal'
import type { Device } from '@shared/model'
import type { AppError } from '@shared/result'
import { useTerminalOpsText } from '../../../i18n/feature-hooks'
import { notify } from '../../../lib/notify'
import { station } from '../../../lib/station'

type Done = (slots: ListeningSlotView[]) => void
type Failed = (e: AppError) => void

function Confirmable({
  label,
  ariaLabel,
  question,
  disabled,
  run,
}: {
  label: string
  ariaLabel: string
  question: string
  disabled: boolean
  run: () => Promise<void>
}) {
  const { t } = useTerminalOpsText()
  const [asking, setAsking] = useState(false)
  const [busy, setBusy] = useState(false)
  if (!asking)
    return (
      <Button
        size="compact-sm"
        variant="light"
        color="red"
        disabled={disabled}
        aria-label={ariaLabel}
        onClick={() => setAsking(true)}
      >
        {label}
      </Button>
    )
  return (
    <Group gap={6} wrap="nowrap" role="group" aria-label={question}>
      <Text size="sm">{question}</Text>
      <Button
        size="compact-sm"
        color="red"
        loading={busy}
        onClick={async () => {
          setBusy(true)
          await run()
          setBusy(false)
          setAsking(false)
        }}
      >
        {t('events.confirm')}
      </Button>
      <Button size="compact-sm" variant="default" onClick={() => setAsking(false)}>
        {t('events.cancel')}
      </Button>
    </Group>
  )
}

export function FreeSlotButton(p: {
  device: Device
  slot: ListeningSlotView
  onDone: Done
  onError: Failed
}) {
  const { t } = useTerminalOpsText()
  if (p.slot.state === 'free') return null
  return (
    <Confirmable
      label={t('events.free')}
      ariaLabel={t('events.freeFor', { slot: p.slot.slot })}
      question={t('events.freeConfirm', { slot: p.slot.slot })}
      disabled={p.device.health !== 'online'}
      run={async () => {
        const r = await station.listening.freeSlot({
          deviceId: p.device.id,
          slot: p.slot.slot,
          confirm: true,
        })
        if (!r.ok) return p.onError(r.error)
        notify({ color: 'green', message: t('events.freed') })
        p.onDone(r.value)
      }}
    />
  )
}

export function FreeAllButton(p: { device: Device; onDone: Done; onError: Failed }) {
  const { t } = useTerminalOpsText()
  return (
    <Confirmable
      label={t('events.freeAll')}
      ariaLabel={t('events.freeAll')}
      question={t('events.freeAllConfirm')}
      disabled={p.device.health !== 'online'}
      run={async () => {
        const r = await station.listening.freeAll({ deviceId: p.device.id, confirm: true })
        if (!r.ok) return p.onError(r.error)
        notify({ color: 'green', message: t('events.freed') })
        p.onDone(r.value)
      }}
    />
  )
}
