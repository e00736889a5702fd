// Below the face library table: create a static library, remove one (its name typed back).
// The terminal's own libraries (people, infrared) are not offered for removal.
import { Button, Group, Select, Stack, Text, TextInput, Title } from '@mantine/core'
import { useState } from 'react'
import type { FaceLibraryView } from '@shared/contract/face-libraries'
import type { AppError } from '@shared/result'
import { useFaceLibraryManageText } from '../../../i18n/feature-hooks'
import { notify } from '../../../lib/notify'
import { station } from '../../../lib/station'

const key = (l: FaceLibraryView) => `${l.faceLibType}/${l.FDID}`

export function FaceLibraryManage({
  deviceId,
  canSend,
  list,
  onList,
  onError,
}: {
  deviceId: string
  canSend: boolean
  list: FaceLibraryView[]
  onList: (list: FaceLibraryView[]) => void
  onError: (error: AppError | null) => void
}) {
  const { t } = useFaceLibraryManageText()
  const [name, setName] = useState('')
  const [which, setWhich] = useState<string | null>(null)
  const [confirm, setConfirm] = useState('')
  const [busy, setBusy] = useState<'create' | 'remove' | null>(null)
  const statics = list.filter((l) => l.faceLibType === 'staticFD')
  const chosen = statics.find((l) => key(l) === which)

  return (
    <Stack gap="sm" data-testid="face-library-manage">
      <Group align="end">
        <TextInput
          label={t('newName')}
          value={name}
          maxLength={48}
          onChange={(e) => setName(e.currentTarget.value)}
        />
        <Button
          variant="default"
          loading={busy === 'create'}
          disabled={!canSend || name.trim() === ''}
          onClick={async () => {
            setBusy('create')
            const r = await station.libraries.create({ deviceId, name })
            setBusy(null)
            if (!r.ok) return onError(r.error)
            onError(null)
            onList(r.value)
            setName('')
            notify({ color: 'green', message: t('created') })
          }}
        >
          {t('create')}
        </Button>
      </Group>
      {statics.length > 0 && (
        <Stack gap={4}>
          <Title order={4}>{t('remove')}</Title>
          <Text size="sm" c="dimmed">
            {t('removeLead')}
          </Text>
          <Group align="end">
            <Select
              label={t('which')}
              value={which}
              data={statics.map((l) => ({ value: key(l), label: `${l.FDID} · ${l.name}` }))}
              onChange={setWhich}
            />
            <TextInput
              label={t('confirm')}
              value={confirm}
              onChange={(e) => setConfirm(e.currentTarget.value)}
            />
            <Button
              color="red"
              variant="light"
              loading={busy === 'remove'}
              disabled={!canSend || !chosen || confirm !== chosen.name}
              onClick={async () => {
                if (!chosen) return
                setBusy('remove')
                const r = await station.libraries.remove({
                  deviceId,
                  FDID: chosen.FDID,
                  faceLibType: chosen.faceLibType,
                  confirm,
                })
                setBusy(null)
                if (!r.ok) return onError(r.error)
                onError(null)
                onList(r.value)
                setWhich(null)
                setConfirm('')
                notify({ color: 'green', message: t('removed') })
              }}
            >
              {t('removeButton')}
            </Button>
          </Group>
        </Stack>
      )}
    </Stack>
  )
}
