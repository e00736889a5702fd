import { Button, Divider, Stack, Text, TextInput } from '@mantine/core'
import { IconId } from '@tabler/icons-react'
import { useEffect, useRef, useState } from 'react'
import { useEnrollText } from '../../i18n/feature-hooks'
import { useShallow } from 'zustand/react/shallow'
import type { Device } from '@shared/model'
import { useErrorText } from '../../lib/error-text'
import { notify } from '../../lib/notify'
import { useBusy } from '../../lib/use-busy'
import { SessionStatus } from './SessionStatus'
import { useEnroll } from './store'

const CARD_NO = /^[0-9A-Za-z]{1,32}$/

/** A swipe on the terminal, or a USB desk reader typing into a focused field (digits + Enter). */
export function CardCapture({ device }: { device: Device }) {
  const { t } = useEnrollText()
  const errorText = useErrorText()
  const { session, person, start, addDeskCard } = useEnroll(
    useShallow((s) => ({
      session: s.session,
      person: s.person,
      start: s.start,
      addDeskCard: s.addDeskCard,
    })),
  )
  const [value, setValue] = useState('')
  const [problem, setProblem] = useState<string | null>(null)
  const [busy, run] = useBusy()
  const deskRef = useRef<HTMLInputElement>(null)
  const canSwipe = device.capabilities?.captureCard ?? false
  const mine = session?.kind === 'card' ? session : null
  const waiting = mine !== null && ['starting', 'waiting', 'captured'].includes(mine.phase)
  useEffect(() => {
    if (!canSwipe) deskRef.current?.focus()
  }, [canSwipe])

  const addDesk = async () => {
    const cardNo = value.trim()
    if (!CARD_NO.test(cardNo)) return setProblem(t('card.invalid'))
    const r = await run(() => addDeskCard(cardNo))
    if (!r.ok) {
      if (r.error.code === 'CONFLICT' && typeof r.error.details?.owner === 'string')
        return setProblem(t('card.owned', { cardNo, owner: r.error.details.owner }))
      const e = errorText(r.error)
      return setProblem(`${e.title}. ${e.advice ?? e.detail}`)
    }
    setValue('')
    setProblem(null)
    notify({
      color: 'green',
      message: t('card.deskAdded', { cardNo, name: person?.name ?? '' }),
    })
  }

  return (
    <Stack gap="md" maw={560}>
      {canSwipe && (
        <Stack gap="sm">
          <Button
            leftSection={<IconId size={16} aria-hidden />}
            onClick={() => void start('card')}
            disabled={waiting}
            w="fit-content"
          >
            {t('card.swipe')}
          </Button>
          <SessionStatus
            kind="card"
            waiting={t('card.waiting', { name: device.name })}
            onRetry={() => void start('card')}
          />
          {mine?.cardNo && (
            <Text size="lg" fw={600} className="mono" data-testid="captured-card">
              {t('card.captured', { cardNo: mine.cardNo })}
            </Text>
          )}
        </Stack>
      )}
      {canSwipe && <Divider />}
      <form
        onSubmit={(e) => {
          e.preventDefault()
          void addDesk()
        }}
      >
        <TextInput
          ref={deskRef}
          label={t('card.desk')}
          description={t('card.deskHint')}
          value={value}
          onChange={(e) => {
            setValue(e.currentTarget.value)
            setProblem(null)
          }}
          error={problem}
          rightSection={busy ? <span aria-hidden>…</span> : null}
          maxLength={32}
          autoComplete="off"
          className="mono"
        />
      </form>
    </Stack>
  )
}
