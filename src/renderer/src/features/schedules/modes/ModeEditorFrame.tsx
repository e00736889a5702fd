// The frame every schedule-mode editor shares (week plan, holiday plan, holiday group,
// template): the modal, the number (fixed once saved) and name, the station's refusal, Cancel
// and Save with progress, "saved" and closing. Each editor brings only its own fields.
import { Button, Group, Modal, NumberInput, Stack, Text, TextInput } from '@mantine/core'
import { useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { AppError, Result } from '@shared/result'
import { useScheduleModesText } from '../../../i18n/feature-hooks'
import { notify } from '../../../lib/notify'
import { useErrorDetail } from '../../../lib/error-text'

interface Props {
  title: string
  size?: 'lg' | 'xl'
  testId?: string
  no: number
  onNo(no: number): void
  /** Editing a saved definition: its number is its identity and stays. */
  fixedNumber: boolean
  name: string
  onName(name: string): void
  /** Number and name side by side (plans) rather than one under the other. */
  sideBySide?: boolean
  /** Whether Save is offered (the name and the editor's own required fields are there). */
  canSave: boolean
  save(): Promise<Result<unknown>>
  onClose(): void
  children: ReactNode
}

export function ModeEditorFrame(p: Props) {
  const { t } = useScheduleModesText()
  const { t: tc } = useTranslation()
  const errorDetail = useErrorDetail()
  const [error, setError] = useState<AppError | null>(null)
  const [busy, setBusy] = useState(false)

  const submit = async () => {
    setBusy(true)
    const r = await p.save()
    setBusy(false)
    if (r.ok) {
      notify({ color: 'green', message: t('editor.saved') })
      p.onClose()
    } else setError(r.error)
  }

  const numberAndName = (
    <>
      <NumberInput
        label={t('editor.number')}
        min={1}
        max={1024}
        value={p.no}
        onChange={(v) => p.onNo(Number(v) || 1)}
        disabled={p.fixedNumber}
      />
      <TextInput
        label={t('editor.name')}
        value={p.name}
        onChange={(e) => p.onName(e.currentTarget.value)}
        required
      />
    </>
  )
  return (
    <Modal
      opened
      closeButtonProps={{ 'aria-label': tc('common.close') }}
      onClose={p.onClose}
      title={p.title}
      {...(p.size ? { size: p.size } : {})}
      centered
    >
      <Stack gap="sm" data-testid={p.testId}>
        {p.sideBySide ? <Group grow>{numberAndName}</Group> : numberAndName}
        {p.children}
        {error && (
          <Text c="red" size="sm" role="alert">
            {errorDetail(error)}
          </Text>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={p.onClose}>
            {t('editor.cancel')}
          </Button>
          <Button
            loading={busy}
            onClick={() => void submit()}
            disabled={!p.name.trim() || !p.canSave}
          >
            {t('editor.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  )
}
