// The listening host from the Terminal page: the terminal's httpHosts slots and who they point
// at, set-up on a free slot (never another platform's), and the terminal's own test.
import { Badge, Button, Group, Stack, Table, Text, Title } from '@mantine/core'
import { useState } from 'react'
import type { ListeningSlotView } from '@shared/contract/terminal'
import type { Device } from '@shared/model'
import type { AppError } from '@shared/result'
import { useTerminalOpsText } from '../../../i18n/feature-hooks'
import { notify } from '../../../lib/notify'
import { station } from '../../../lib/station'
import { SectionProblem } from './SectionProblem'
import { FreeAllButton, FreeSlotButton } from './SlotFreeing'
import { ListeningHostsForm } from './ListeningHostsForm'
import { useLoad } from './use-load'
import { useReasonWords } from '../../../lib/reason-words'

const COLOR: Record<ListeningSlotView['state'], string> = {
  ours: 'green',
  free: 'gray',
  taken: 'orange',
}

export function EventsSection({ device }: { device: Device }) {
  const { t } = useTerminalOpsText()
  const reasonWords = useReasonWords()
  const slots = useLoad(() => station.listening.slots({ deviceId: device.id }), device.id)
  const [busy, setBusy] = useState<'setup' | 'test' | null>(null)
  const [error, setError] = useState<AppError | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const ours = slots.value?.find((s) => s.state === 'ours')
  const online = device.health === 'online'

  const setup = async () => {
    setBusy('setup')
    const r = await station.listening.setup({ deviceId: device.id })
    setBusy(null)
    if (!r.ok) return setError(r.error)
    setError(null)
    const mine = r.value.devices.find((d) => d.deviceId === device.id)
    if (mine?.state === 'configured') {
      setProblem(null)
      notify({ color: 'green', message: t('events.setupDone', { slot: mine.slot ?? '' }) })
    } else
      setProblem(
        t('events.setupProblem', {
          reason: mine?.why
            ? reasonWords(mine.why, mine.reason ?? '')
            : (mine?.reason ?? mine?.state ?? ''),
        }),
      )
    await slots.reload()
  }
  const test = async () => {
    setBusy('test')
    const r = await station.listening.test({ deviceId: device.id })
    setBusy(null)
    if (!r.ok) return setError(r.error)
    setError(null)
    notify({
      color: r.value.ok ? 'green' : 'red',
      message: r.value.ok ? t('events.testOk') : t('events.testFailed'),
    })
  }

  return (
    <Stack gap="md" data-testid="events-section">
      <Title order={3} size="h4">
        {t('events.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('events.intro')}
      </Text>
      <Group gap="sm">
        <Button
          onClick={() => void setup()}
          loading={busy === 'setup'}
          disabled={!online || busy !== null}
        >
          {t('events.setup')}
        </Button>
        <Button
          variant="default"
          onClick={() => void test()}
          loading={busy === 'test'}
          disabled={!online || !ours || busy !== null}
        >
          {t('events.test')}
        </Button>
        {slots.value?.some((s) => s.state !== 'free') && (
          <FreeAllButton device={device} onDone={slots.setValue} onError={setError} />
        )}
      </Group>
      {problem && (
        <Text size="sm" c="orange.8" role="status">
          {problem}
        </Text>
      )}
      <SectionProblem error={error ?? slots.error} />
      {slots.value && (
        <Table aria-label={t('events.title')} data-testid="slots-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('events.slot')}</Table.Th>
              <Table.Th scope="col">{t('events.state')}</Table.Th>
              <Table.Th scope="col">{t('events.target')}</Table.Th>
              <Table.Th scope="col">{t('events.free')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {slots.value.map((s) => (
              <Table.Tr key={s.slot} data-testid={`slot-${s.slot}`}>
                <Table.Th scope="row">{s.slot}</Table.Th>
                <Table.Td>
                  <Badge variant="dot" color={COLOR[s.state]} tt="none">
                    {t(`events.states.${s.state}`)}
                  </Badge>
                </Table.Td>
                <Table.Td className="mono">{s.target ?? '—'}</Table.Td>
                <Table.Td>
                  <FreeSlotButton
                    device={device}
                    slot={s}
                    onDone={slots.setValue}
                    onError={setError}
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {slots.value && !ours && (
        <Text size="sm" c="dimmed">
          {t('events.none')}
        </Text>
      )}
      {slots.value && (
        <ListeningHostsForm device={device} onDone={slots.setValue} onError={setError} />
      )}
    </Stack>
  )
}
