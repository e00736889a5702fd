// Devices → "Find terminals": a SADP probe, the answers in a table to select from, then one
// action: activate the new ones with one admin password, or add the activated ones with one
// account; or add a typed range of addresses. Each terminal is tried once; each outcome shown.
import {
  Alert,
  Button,
  Checkbox,
  Group,
  List,
  Modal,
  NumberInput,
  PasswordInput,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { expandAddressRange } from '@shared/address-range'
import type { BatchTargetOutcome, DiscoveryReport, FoundTerminal } from '@shared/contract/onboard'
import { useOnboardText } from '../../i18n/feature-hooks'
import { useErrorText } from '../../lib/error-text'
import { station } from '../../lib/station'
import { useBusy } from '../../lib/use-busy'
import { ErrorNotice } from '../shell/ErrorNotice'
import { useDevices } from '../devices/store'
import type { AppError } from '@shared/result'

const keyOf = (t: FoundTerminal) => `${t.address}:${t.httpPort}`
const nameOf = (t: FoundTerminal) => `${t.model || 'terminal'}-${t.serialNumber.slice(-9)}`

export function FindTerminalsDialog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useOnboardText()
  const { t: tc } = useTranslation()
  const errorText = useErrorText()
  const [report, setReport] = useState<DiscoveryReport | null>(null)
  const [error, setError] = useState<AppError | null>(null)
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set())
  const [newPassword, setNewPassword] = useState('')
  const [user, setUser] = useState('admin')
  const [password, setPassword] = useState('')
  const [range, setRange] = useState('')
  const [rangePort, setRangePort] = useState<number | string>(80)
  const [outcomes, setOutcomes] = useState<BatchTargetOutcome[] | null>(null)
  const [busy, run] = useBusy()

  const probe = async () => {
    setError(null)
    const r = await run(() => station.devices.discover({ timeoutMs: 3000 }))
    if (r.ok) {
      setReport(r.value)
      setSelected(new Set(r.value.terminals.filter((x) => !x.deviceId).map(keyOf)))
    } else setError(r.error)
  }
  useEffect(() => {
    if (opened) void probe()
    else setOutcomes(null)
  }, [opened])

  const chosen = (report?.terminals ?? []).filter((x) => selected.has(keyOf(x)) && !x.deviceId)
  const fresh = chosen.filter((x) => !x.activated)
  const ready = chosen.filter((x) => x.activated)
  const targets = (list: FoundTerminal[]) =>
    list.map((x) => ({ host: x.address, port: x.httpPort, name: nameOf(x) }))
  const finish = async (r: Awaited<ReturnType<typeof station.devices.addMany>>) => {
    if (!r.ok) return setError(r.error)
    setOutcomes(r.value)
    await useDevices.getState().load()
    await probe()
  }
  const activate = () =>
    run(async () =>
      finish(
        await station.devices.activateMany({ password: newPassword, targets: targets(fresh) }),
      ),
    )
  const add = () =>
    run(async () =>
      finish(await station.devices.addMany({ username: user, password, targets: targets(ready) })),
    )
  const rangeReading = range.trim() ? expandAddressRange(range) : null
  const addRange = () =>
    rangeReading?.ok &&
    run(async () =>
      finish(
        await station.devices.addMany({
          username: user,
          password,
          targets: rangeReading.hosts.map((host) => ({ host, port: Number(rangePort) || 80 })),
        }),
      ),
    )

  const toggle = (k: string, on: boolean) => {
    const next = new Set(selected)
    if (on) next.add(k)
    else next.delete(k)
    setSelected(next)
  }
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('findTitle')}
      size={1120}
      closeButtonProps={{ 'aria-label': tc('common.close') }}
    >
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('findHint')}
        </Text>
        <Group>
          <Button variant="default" loading={busy} onClick={() => void probe()}>
            {t('search')}
          </Button>
          <Text size="sm" role="status" data-testid="discovery-count">
            {busy && !report
              ? t('searching')
              : report
                ? report.terminals.length
                  ? t('found', { count: report.terminals.length })
                  : t('noneFound')
                : ''}
          </Text>
        </Group>
        {report && report.malformed > 0 && (
          <Text size="xs" c="orange">
            {t('malformed', { count: report.malformed })}
          </Text>
        )}
        {error && <ErrorNotice error={error} />}
        {report && report.terminals.length > 0 && (
          <Table.ScrollContainer minWidth={960}>
            <Table striped withTableBorder aria-label={t('find')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th />
                  <Table.Th>{t('colAddress')}</Table.Th>
                  <Table.Th>{t('colModel')}</Table.Th>
                  <Table.Th>{t('colSerial')}</Table.Th>
                  <Table.Th>{t('colMac')}</Table.Th>
                  <Table.Th>{t('colFirmware')}</Table.Th>
                  <Table.Th>{t('colState')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {report.terminals.map((x) => (
                  <Table.Tr key={keyOf(x)}>
                    <Table.Td>
                      <Checkbox
                        aria-label={t('select', { name: keyOf(x) })}
                        checked={selected.has(keyOf(x)) && !x.deviceId}
                        disabled={x.deviceId !== null}
                        onChange={(e) => toggle(keyOf(x), e.currentTarget.checked)}
                      />
                    </Table.Td>
                    <Table.Td>{keyOf(x)}</Table.Td>
                    <Table.Td>{x.model}</Table.Td>
                    <Table.Td>{x.serialNumber}</Table.Td>
                    <Table.Td>{x.mac}</Table.Td>
                    <Table.Td>{x.firmware}</Table.Td>
                    <Table.Td>
                      {x.deviceId ? t('stateAdded') : x.activated ? t('stateReady') : t('stateNew')}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {fresh.length > 0 && (
          <Group align="flex-end">
            <PasswordInput
              label={t('newPassword')}
              description={t('newPasswordHint')}
              value={newPassword}
              onChange={(e) => setNewPassword(e.currentTarget.value)}
              style={{ flex: 1 }}
            />
            <Button loading={busy} disabled={!newPassword} onClick={() => void activate()}>
              {t('activate', { count: fresh.length })}
            </Button>
          </Group>
        )}
        <Group align="flex-end">
          <TextInput
            label={t('account')}
            value={user}
            onChange={(e) => setUser(e.currentTarget.value)}
            w={140}
          />
          <PasswordInput
            label={t('password')}
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            style={{ flex: 1 }}
          />
          <Button
            loading={busy}
            disabled={!password || ready.length === 0}
            onClick={() => void add()}
          >
            {t('add', { count: ready.length })}
          </Button>
        </Group>
        <Group align="flex-end">
          <TextInput
            label={t('range')}
            placeholder="192.168.1.10-40"
            value={range}
            onChange={(e) => setRange(e.currentTarget.value)}
            error={
              rangeReading && !rangeReading.ok ? t(`rangeProblem.${rangeReading.problem}`) : null
            }
            style={{ flex: 1 }}
          />
          <NumberInput
            label={t('rangePort')}
            value={rangePort}
            onChange={setRangePort}
            min={1}
            max={65535}
            w={100}
          />
          <Button
            variant="default"
            loading={busy}
            disabled={!password || !rangeReading?.ok}
            onClick={() => void addRange()}
          >
            {t('addRange')}
          </Button>
        </Group>
        {outcomes && (
          <Alert
            title={t('outcomesTitle')}
            color={outcomes.every((o) => o.ok) ? 'green' : 'orange'}
          >
            <List size="sm" data-testid="onboard-outcomes">
              {outcomes.map((o) => (
                <List.Item key={`${o.host}:${o.port}`}>
                  {o.ok
                    ? t('outcomeOk', { address: `${o.host}:${o.port}`, name: o.name ?? '' })
                    : t('outcomeFailed', {
                        address: `${o.host}:${o.port}`,
                        reason: o.error
                          ? `${errorText(o.error).title} — ${errorText(o.error).detail}`
                          : '',
                      })}
                </List.Item>
              ))}
            </List>
          </Alert>
        )}
      </Stack>
    </Modal>
  )
}
