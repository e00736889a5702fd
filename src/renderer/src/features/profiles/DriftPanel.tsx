import { Badge, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core'
import { useEffect } from 'react'
import type { DriftView } from '@shared/contract/profiles'
import type { Result } from '@shared/result'
import { useProfilesText } from '../../i18n/feature-hooks'
import { useErrorDetail, useErrorText } from '../../lib/error-text'
import { notify } from '../../lib/notify'
import { station } from '../../lib/station'
import { useBusy } from '../../lib/use-busy'
import { useProfiles } from './store'

const COLORS: Record<DriftView['state'], string> = {
  ok: 'green',
  drifted: 'red',
  unreadable: 'orange',
  noProfile: 'gray',
}

/** The last drift found per terminal; check now; restore the profile or adopt the terminal's values. */
export function DriftPanel() {
  const { t } = useProfilesText()
  const errorDetail = useErrorDetail()
  const errorText = useErrorText()
  const drift = useProfiles((s) => s.drift)
  const loadDrift = useProfiles((s) => s.loadDrift)
  const load = useProfiles((s) => s.load)
  const [busy, run] = useBusy()
  useEffect(() => void loadDrift(), [loadDrift])
  const act = (fn: () => Promise<Result<unknown>>, done: string) =>
    run(async () => {
      const r = await fn()
      if (!r.ok) {
        const e = errorText(r.error)
        notify({ color: 'red', title: e.title, message: e.detail })
      } else notify({ color: 'green', message: done })
      await Promise.all([loadDrift(), load()])
    })
  const word = {
    ok: t('driftOk'),
    drifted: t('drifted'),
    unreadable: t('notVerified'),
    noProfile: t('noProfile'),
  }
  const shown = drift.filter((d) => d.state !== 'noProfile')
  return (
    <Paper withBorder p="md">
      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={4}>{t('driftTitle')}</Title>
          <Button
            variant="light"
            loading={busy}
            data-testid="drift-check"
            onClick={() =>
              void run(async () => {
                const r = await station.profiles.drift({})
                if (!r.ok) {
                  const e = errorText(r.error)
                  notify({ color: 'red', title: e.title, message: e.detail })
                }
                await loadDrift()
              })
            }
          >
            {t('checkDrift')}
          </Button>
        </Group>
        {shown.length === 0 && <Text c="dimmed">{t('neverChecked')}</Text>}
        {shown.length > 0 && (
          <Table withTableBorder data-testid="drift-table">
            <Table.Tbody>
              {shown.map((d) => (
                <Table.Tr key={d.deviceId} data-testid={`drift-${d.device}`}>
                  <Table.Td fw={600}>{d.device}</Table.Td>
                  <Table.Td>
                    <Badge color={COLORS[d.state]} variant="dot">
                      {word[d.state]}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    {d.fields.map((f) => (
                      <Text size="sm" key={`${f.resource}${f.instance}${f.key}`}>
                        {f.resource}
                        {f.instance === null ? '' : ` #${f.instance}`} {f.key}:{' '}
                        {String(f.actual ?? '—')} ({t('profileValue', { value: String(f.desired) })}
                        )
                      </Text>
                    ))}
                    {d.error && <Text size="sm">{errorDetail(d.error)}</Text>}
                  </Table.Td>
                  <Table.Td>
                    {d.state === 'drifted' && (
                      <Group gap="xs">
                        <Button
                          size="xs"
                          loading={busy}
                          data-testid={`restore-${d.device}`}
                          onClick={() =>
                            void act(
                              () => station.profiles.apply({ deviceIds: [d.deviceId], wait: true }),
                              t('restored', { name: d.device }),
                            )
                          }
                        >
                          {t('restore')}
                        </Button>
                        <Button
                          size="xs"
                          variant="light"
                          loading={busy}
                          onClick={() =>
                            void act(
                              () => station.profiles.adopt({ deviceId: d.deviceId }),
                              t('adopted'),
                            )
                          }
                        >
                          {t('adopt')}
                        </Button>
                      </Group>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {shown[0] && (
          <Text size="xs" c="dimmed">
            {t('lastChecked', { time: new Date(shown[0].checkedAt).toLocaleString() })}
          </Text>
        )}
      </Stack>
    </Paper>
  )
}
