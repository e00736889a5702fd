import {
  ActionIcon,
  Button,
  Group,
  Paper,
  Select,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core'
import { IconPlus, IconTrash } from '@tabler/icons-react'
import { useEffect, useState } from 'react'
import { useApplyText, usePendingText } from '../../i18n/feature-hooks'
import type { RuleImpact } from '@shared/contract/continuous'
import type { AppError, Result } from '@shared/result'
import { ConfirmRuleDialog } from './ConfirmRuleDialog'
import type { Assignment } from '@shared/model'
import { useErrorText } from '../../lib/error-text'
import { notify } from '../../lib/notify'
import { station } from '../../lib/station'
import { useBusy } from '../../lib/use-busy'
import { useDevices } from '../devices/store'
import { useApply } from './store'

type PersonKind = 'all' | 'group' | 'department' | 'person'
type DeviceKind = 'all' | 'site' | 'device'

/** Assignment rules: person scope × device scope; none means everyone everywhere. */
export function RulesPanel({ rules }: { rules: Assignment[] }) {
  const { t } = useApplyText()
  const errorText = useErrorText()
  const addRule = useApply((s) => s.addRule)
  const removeRule = useApply((s) => s.removeRule)
  const devices = useDevices((s) => s.devices) ?? []
  const [groups, setGroups] = useState<string[]>([])
  const [departments, setDepartments] = useState<string[]>([])
  const [personKind, setPersonKind] = useState<PersonKind>('group')
  const [personValue, setPersonValue] = useState('')
  const [deviceKind, setDeviceKind] = useState<DeviceKind>('device')
  const [deviceValue, setDeviceValue] = useState<string | null>(null)
  const [busy, run] = useBusy()
  const { t: tp } = usePendingText()
  /** A change that takes access away, waiting for the user's yes (and how to redo it with it). */
  const [asking, setAsking] = useState<{
    impact: RuleImpact
    redo: () => Promise<Result<unknown>>
  } | null>(null)
  const failed = (error: AppError, redo: () => Promise<Result<unknown>>) => {
    if (error.code === 'CONFIRMATION_NEEDED')
      setAsking({ impact: error.details as unknown as RuleImpact, redo })
    else notify({ color: 'red', title: errorText(error).title, message: errorText(error).words })
  }
  const confirmed = async () => {
    if (!asking) return
    const r = await run(asking.redo)
    setAsking(null)
    if (!r.ok) failed(r.error, asking.redo)
  }
  useEffect(() => {
    void station.persons.groups().then((r) => {
      if (r.ok) setGroups(r.value.map((g) => g.name).filter(Boolean))
    })
    void station.departments.list().then((r) => {
      if (r.ok) setDepartments(r.value.map((d) => d.path))
    })
  }, [])
  const sites = [...new Set(devices.map((d) => d.site).filter(Boolean))]

  const describe = (rule: Assignment) => {
    const [pk, pv = ''] = rule.personScope.split(/:(.*)/s)
    const [dk, dv = ''] = rule.deviceScope.split(/:(.*)/s)
    const who =
      pk === 'group'
        ? t('rules.groupIs', { name: pv })
        : pk === 'department'
          ? t('rules.departmentIs', { name: pv })
          : pk === 'person'
            ? t('rules.personIs', { name: pv })
            : t('rules.everyone')
    const where =
      dk === 'site'
        ? t('rules.siteIs', { name: dv })
        : dk === 'device'
          ? t('rules.deviceIs', { name: devices.find((d) => d.id === dv)?.name ?? dv })
          : t('rules.everyTerminal')
    return t('rules.goesTo', { who, where })
  }

  const personScope = personKind === 'all' ? 'all' : `${personKind}:${personValue.trim()}`
  const deviceScope =
    deviceKind === 'all' ? 'all' : deviceValue ? `${deviceKind}:${deviceValue}` : ''
  const ready = (personKind === 'all' || personValue.trim()) && deviceScope
  const add = async () => {
    const first = rules.length === 0 && (personScope !== 'all' || deviceScope !== 'all')
    const r = await run(() => addRule(personScope, deviceScope))
    if (r.ok) {
      notify({ color: 'green', message: first ? tp('ruleKept') : t('rules.added') })
      setPersonValue('')
    } else failed(r.error, () => addRule(personScope, deviceScope, true))
  }
  const remove = async (rule: Assignment) => {
    const r = await run(() => removeRule(rule.id))
    if (!r.ok) failed(r.error, () => removeRule(rule.id, true))
  }

  return (
    <Paper withBorder p="md" radius="md" data-testid="apply-rules">
      <ConfirmRuleDialog
        impact={asking?.impact ?? null}
        busy={busy}
        onConfirm={() => void confirmed()}
        onCancel={() => setAsking(null)}
      />
      <Title order={2} size="h4" mb={4}>
        {t('rules.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm" data-testid="rules-summary">
        {rules.length === 0 ? t('rules.none') : t('rules.some')}
      </Text>
      {rules.length > 0 && (
        <Stack
          gap={4}
          mb="sm"
          component="ul"
          m={0}
          p={0}
          style={{ listStyle: 'none' }}
          aria-label={t('rules.listLabel')}
        >
          {rules.map((rule) => (
            <Group
              key={rule.id}
              component="li"
              justify="space-between"
              wrap="nowrap"
              data-testid="rule"
            >
              <Text size="sm">{describe(rule)}</Text>
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label={t('rules.remove', { rule: describe(rule) })}
                onClick={() => void remove(rule)}
                disabled={busy}
              >
                <IconTrash size={16} aria-hidden />
              </ActionIcon>
            </Group>
          ))}
        </Stack>
      )}
      <form
        onSubmit={(e) => {
          e.preventDefault()
          if (ready) void add()
        }}
      >
        <Group align="flex-end" gap="xs" mt="sm">
          <Select
            label={t('rules.persons')}
            data={[
              { value: 'all', label: t('rules.everyone') },
              { value: 'group', label: t('rules.group') },
              { value: 'department', label: t('rules.department') },
              { value: 'person', label: t('rules.person') },
            ]}
            value={personKind}
            onChange={(v) => {
              setPersonKind((v ?? 'all') as PersonKind)
              setPersonValue('')
            }}
            allowDeselect={false}
            w={130}
          />
          {personKind === 'group' && (
            <Select
              label={t('rules.group')}
              data={groups}
              value={personValue || null}
              onChange={(v) => setPersonValue(v ?? '')}
              searchable
              w={180}
            />
          )}
          {personKind === 'department' && (
            <Select
              label={t('rules.department')}
              data={departments}
              value={personValue || null}
              onChange={(v) => setPersonValue(v ?? '')}
              searchable
              w={200}
            />
          )}
          {personKind === 'person' && (
            <TextInput
              label={t('rules.person')}
              placeholder={t('rules.employeePlaceholder')}
              value={personValue}
              onChange={(e) => setPersonValue(e.currentTarget.value)}
              w={160}
              maxLength={32}
            />
          )}
          <Select
            label={t('rules.devices')}
            data={[
              { value: 'all', label: t('rules.everyTerminal') },
              { value: 'site', label: t('rules.site') },
              { value: 'device', label: t('rules.device') },
            ]}
            value={deviceKind}
            onChange={(v) => {
              setDeviceKind((v ?? 'all') as DeviceKind)
              setDeviceValue(null)
            }}
            allowDeselect={false}
            w={150}
          />
          {deviceKind === 'site' && (
            <Select
              label={t('rules.site')}
              data={sites}
              value={deviceValue}
              onChange={setDeviceValue}
              w={180}
            />
          )}
          {deviceKind === 'device' && (
            <Select
              label={t('rules.device')}
              data={devices.map((d) => ({ value: d.id, label: d.name }))}
              value={deviceValue}
              onChange={setDeviceValue}
              w={220}
            />
          )}
          <Button
            type="submit"
            variant="default"
            loading={busy}
            disabled={!ready}
            leftSection={<IconPlus size={16} aria-hidden />}
          >
            {t('rules.add')}
          </Button>
        </Group>
      </form>
    </Paper>
  )
}
