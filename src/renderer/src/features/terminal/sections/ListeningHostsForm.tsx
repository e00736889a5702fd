// Terminal › Events: another platform's listening host added in a free slot, or every slot but
// the station's own replaced by a list of URLs (one per line; empty: all emptied), confirmed.
import { Button, Group, Stack, Text, Textarea, TextInput } from '@mantine/core'
import { useState } from 'react'
import type { ListeningSlotView } from '@shared/contract/terminal'
import { parseListeningHostUrl, type ListeningHostInput } from '@shared/listening-host-url'
import type { Device } from '@shared/model'
import type { AppError } from '@shared/result'
import { useTerminalMoreText } from '../../../i18n/feature-hooks'
import { notify } from '../../../lib/notify'
import { station } from '../../../lib/station'
import { ConfirmAction } from './ConfirmAction'

const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)

export function ListeningHostsForm(p: {
  device: Device
  onDone: (slots: ListeningSlotView[]) => void
  onError: (e: AppError) => void
}) {
  const { t } = useTerminalMoreText()
  const [url, setUrl] = useState('')
  const [list, setList] = useState('')
  const [busy, setBusy] = useState(false)
  const online = p.device.health === 'online'
  const one = url.trim() ? parseListeningHostUrl(url) : null
  const many = lines(list).map(parseListeningHostUrl)
  const manyOk = many.every((h): h is ListeningHostInput => h !== null)
  const done = (v: ListeningSlotView[]) => {
    notify({ color: 'green', message: t('hosts.done') })
    p.onDone(v)
  }
  return (
    <Stack gap="xs" maw={640}>
      <Text size="sm" fw={600}>
        {t('hosts.title')}
      </Text>
      <Group gap="xs" align="flex-end">
        <TextInput
          label={t('hosts.url')}
          placeholder="http://10.0.0.5:8080/events"
          value={url}
          onChange={(e) => setUrl(e.currentTarget.value)}
          error={url.trim() && !one ? t('hosts.badUrl') : undefined}
          style={{ flex: 1 }}
        />
        <Button
          variant="default"
          loading={busy}
          disabled={!online || !one}
          onClick={async () => {
            if (!one) return
            setBusy(true)
            const r = await station.listening.addHost({ deviceId: p.device.id, host: one })
            setBusy(false)
            if (!r.ok) return p.onError(r.error)
            setUrl('')
            done(r.value)
          }}
        >
          {t('hosts.add')}
        </Button>
      </Group>
      <Textarea
        label={t('hosts.list')}
        description={t('hosts.listHint')}
        autosize
        minRows={2}
        value={list}
        onChange={(e) => setList(e.currentTarget.value)}
        error={manyOk ? undefined : t('hosts.badUrl')}
      />
      <Group>
        <ConfirmAction
          label={t('hosts.replace')}
          question={t('hosts.replaceConfirm')}
          yes={t('hosts.yes')}
          cancel={t('hosts.cancel')}
          disabled={!online || !manyOk}
          run={async () => {
            if (!manyOk) return
            const r = await station.listening.replaceHosts({
              deviceId: p.device.id,
              hosts: many,
              confirm: true,
            })
            if (!r.ok) return p.onError(r.error)
            setList('')
            done(r.value)
          }}
        />
      </Group>
    </Stack>
  )
}
