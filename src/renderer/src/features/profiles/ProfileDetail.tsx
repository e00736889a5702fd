import {
  ActionIcon,
  Badge,
  Button,
  Group,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core'
import { IconTrash } from '@tabler/icons-react'
import { useState } from 'react'
import type { Profile, ProfileTargetKind } from '@shared/contract/profiles'
import type { Result } from '@shared/result'
import { useProfilesText } from '../../i18n/feature-hooks'
import { useErrorText } from '../../lib/error-text'
import { notify } from '../../lib/notify'
import { station } from '../../lib/station'
import { useBusy } from '../../lib/use-busy'
import { useDevices } from '../devices/store'
import { OverrideEditor } from './OverrideEditor'
import { SettingAdder } from './SettingAdder'
import { useProfiles } from './store'

/** One profile: its assignments (site / model / terminal) and its settings. */
export function ProfileDetail({ profile }: { profile: Profile }) {
  const { t } = useProfilesText()
  const errorText = useErrorText()
  const devices = useDevices((s) => s.devices) ?? []
  const load = useProfiles((s) => s.load)
  const [kind, setKind] = useState<ProfileTargetKind>('site')
  const [value, setValue] = useState<string | null>(null)
  const [busy, run] = useBusy()
  const choices =
    kind === 'site'
      ? [...new Set(devices.map((d) => d.site).filter(Boolean))]
      : kind === 'model'
        ? [...new Set(devices.map((d) => d.model).filter(Boolean))]
        : devices.map((d) => ({ value: d.id, label: d.name }))
  const nameOf = (id: string) => devices.find((d) => d.id === id)?.name ?? id
  const act = (fn: () => Promise<Result<unknown>>) =>
    run(async () => {
      const r = await fn()
      if (!r.ok) {
        const e = errorText(r.error)
        notify({ color: 'red', title: e.title, message: e.detail })
      }
      await load()
    })
  const kindLabel = { site: t('kindSite'), model: t('kindModel'), device: t('kindDevice') }
  return (
    <Paper withBorder p="md">
      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={4}>{profile.name}</Title>
          <Button
            variant="subtle"
            color="red"
            leftSection={<IconTrash size={16} />}
            onClick={() => void act(() => station.profiles.remove({ name: profile.name }))}
          >
            {t('remove')}
          </Button>
        </Group>
        {profile.description && <Text c="dimmed">{profile.description}</Text>}
        <Text fw={500}>{t('assignedTo')}</Text>
        <Group gap="xs" data-testid="profile-targets">
          {profile.targets.length === 0 && <Text c="dimmed">{t('nothingAssigned')}</Text>}
          {profile.targets.map((target) => (
            <Badge
              key={`${target.kind}:${target.value}`}
              variant="light"
              rightSection={
                <ActionIcon
                  size="xs"
                  variant="transparent"
                  aria-label={t('unassign')}
                  onClick={() =>
                    void act(() =>
                      station.profiles.unassign({ name: profile.name, targets: [target] }),
                    )
                  }
                >
                  ×
                </ActionIcon>
              }
            >
              {kindLabel[target.kind]}:{' '}
              {target.kind === 'device' ? nameOf(target.value) : target.value}
            </Badge>
          ))}
        </Group>
        <Group align="end">
          <Select
            label={t('targetKind')}
            data={[
              { value: 'site', label: t('kindSite') },
              { value: 'model', label: t('kindModel') },
              { value: 'device', label: t('kindDevice') },
            ]}
            value={kind}
            onChange={(v) => {
              setKind((v ?? 'site') as ProfileTargetKind)
              setValue(null)
            }}
            allowDeselect={false}
            w={140}
          />
          <Select
            aria-label={kindLabel[kind]}
            data={choices}
            value={value}
            onChange={setValue}
            w={220}
            data-testid="profile-target-value"
          />
          <Button
            disabled={!value}
            loading={busy}
            data-testid="profile-assign"
            onClick={() =>
              void act(() =>
                station.profiles.assign({ name: profile.name, targets: [{ kind, value: value! }] }),
              )
            }
          >
            {t('assign')}
          </Button>
        </Group>
        <OverrideEditor profile={profile} />
        <Text fw={500}>{t('settingsTitle')}</Text>
        <SettingAdder profile={profile} />
        <Table striped withTableBorder data-testid="profile-settings">
          <Table.Tbody>
            {profile.settings.flatMap((s) =>
              Object.entries(s.values).map(([k, v]) => (
                <Table.Tr key={`${s.resource}#${s.instance}.${k}`}>
                  <Table.Td>
                    {s.resource}
                    {s.instance === null ? '' : ` #${s.instance}`}
                  </Table.Td>
                  <Table.Td>{k}</Table.Td>
                  <Table.Td>{String(v)}</Table.Td>
                </Table.Tr>
              )),
            )}
          </Table.Tbody>
        </Table>
      </Stack>
    </Paper>
  )
}
