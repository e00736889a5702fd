// Every account's permissions and level in one table: a checkbox per permission the terminal
// lets an administrator grant, a level per operator / viewer; each "Save" sends one request
// for all accounts (guide 21.2.7 and 21.2.6). The administrator's row is fixed.
import { Button, Checkbox, Group, Select, Stack, Table, Text, Title } from '@mantine/core'
import { useState } from 'react'
import type { AccountRightsView } from '@shared/contract/account-rights'
import type { Device } from '@shared/model'
import type { AppError } from '@shared/result'
import { useAccountsCertsText, useTerminalOpsText } from '../../../i18n/feature-hooks'
import { notify } from '../../../lib/notify'
import { station } from '../../../lib/station'
import { SectionProblem } from './SectionProblem'
import { useLoad } from './use-load'

type Level = 'Operator' | 'Viewer'
type Flags = Record<string, Record<string, boolean>>

export function AccountRightsEditor({ device }: { device: Device }) {
  const { t } = useAccountsCertsText()
  const ops = useTerminalOpsText().t
  const levelText = (l: string) =>
    l === 'Administrator' || l === 'Operator' || l === 'Viewer' ? ops(`accounts.levels.${l}`) : l
  const rights = useLoad(() => station.accounts.rights({ id: device.id }), device.id)
  const [flags, setFlags] = useState<Flags>({})
  const [levels, setLevels] = useState<Record<string, Level>>({})
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<AppError | null>(null)
  const v: AccountRightsView | null = rights.value
  const online = device.health === 'online'
  const label = (p: string) =>
    p in PERMISSION_KEYS ? t(`rights.permissions.${p as PermissionKey}`) : p

  const done = (next: AccountRightsView, key: 'rights.saved' | 'rights.levelsSaved') => {
    rights.setValue(next)
    setFlags({})
    setLevels({})
    notify({ message: t(key, { terminal: device.name }), color: 'green' })
  }

  const save = async () => {
    const list = Object.entries(flags).map(([accountId, remote]) => ({ accountId, remote }))
    if (list.length === 0) return notify({ message: t('rights.nothingChanged') })
    setBusy(true)
    setError(null)
    const r = await station.accounts.setRights({ id: device.id, rights: list })
    setBusy(false)
    if (!r.ok) return setError(r.error)
    done(r.value, 'rights.saved')
  }

  const saveLevels = async () => {
    const list = Object.entries(levels).map(([accountId, level]) => ({ accountId, level }))
    if (list.length === 0) return notify({ message: t('rights.nothingChanged') })
    setBusy(true)
    setError(null)
    const r = await station.accounts.setLevels({ id: device.id, levels: list })
    setBusy(false)
    if (!r.ok) return setError(r.error)
    done(r.value, 'rights.levelsSaved')
  }

  if (!v) return <SectionProblem error={rights.error} />
  const held = (id: string, p: string, was: boolean | undefined) => flags[id]?.[p] ?? was ?? false
  return (
    <Stack gap="xs" data-testid="account-rights">
      <Title order={4} size="h5">
        {t('rights.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('rights.hint')}
      </Text>
      <Table aria-label={t('rights.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('rights.user')}</Table.Th>
            <Table.Th scope="col">{t('rights.level')}</Table.Th>
            {v.grantable.map((p) => (
              <Table.Th scope="col" key={p}>
                {label(p)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {v.accounts.map((a) => {
            const fixed = a.level === 'Administrator'
            return (
              <Table.Tr key={a.id} data-testid={`rights-${a.userName}`}>
                <Table.Th scope="row" className="mono">
                  {a.userName}
                </Table.Th>
                <Table.Td>
                  {fixed || a.isStation ? (
                    levelText(a.level)
                  ) : (
                    <Select
                      size="xs"
                      w={130}
                      aria-label={t('rights.levelFor', { user: a.userName })}
                      data={(['Operator', 'Viewer'] as const).map((l) => ({
                        value: l,
                        label: levelText(l),
                      }))}
                      value={levels[a.id] ?? a.level}
                      allowDeselect={false}
                      disabled={!v.secureChannel || !online}
                      onChange={(l) => l && setLevels((s) => ({ ...s, [a.id]: l as Level }))}
                    />
                  )}
                </Table.Td>
                {fixed ? (
                  <Table.Td colSpan={v.grantable.length}>{t('rights.admin')}</Table.Td>
                ) : (
                  v.grantable.map((p) => (
                    <Table.Td key={p}>
                      <Checkbox
                        aria-label={t('rights.permissionFor', {
                          permission: label(p),
                          user: a.userName,
                        })}
                        checked={held(a.id, p, a.remote[p])}
                        disabled={!online}
                        onChange={(e) => {
                          const on = e.currentTarget.checked
                          setFlags((s) => ({ ...s, [a.id]: { ...s[a.id], [p]: on } }))
                        }}
                      />
                    </Table.Td>
                  ))
                )}
              </Table.Tr>
            )
          })}
        </Table.Tbody>
      </Table>
      {!v.secureChannel && (
        <Text size="sm" c="dimmed">
          {t('rights.levelsInsecure')}
        </Text>
      )}
      <Group>
        <Button size="xs" loading={busy} disabled={!online} onClick={() => void save()}>
          {t('rights.save')}
        </Button>
        <Button
          size="xs"
          variant="default"
          loading={busy}
          disabled={!online || !v.secureChannel}
          onClick={() => void saveLevels()}
        >
          {t('rights.saveLevels')}
        </Button>
      </Group>
      <SectionProblem error={error} />
    </Stack>
  )
}

const PERMISSION_KEYS = {
  parameterConfig: true,
  logOrStateCheck: true,
  upgrade: true,
  restartOrShutdown: true,
  voiceTalk: true,
  preview: true,
  playBack: true,
} as const
type PermissionKey = keyof typeof PERMISSION_KEYS
