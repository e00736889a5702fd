import { ActionIcon, Button, Group, Select, Stack, Text, TextInput } from '@mantine/core'
import { IconTrash } from '@tabler/icons-react'
import { useState } from 'react'
import type { Profile, ProfileSetting } from '@shared/contract/profiles'
import { useProfilesText } from '../../i18n/feature-hooks'
import { useErrorText } from '../../lib/error-text'
import { notify } from '../../lib/notify'
import { station } from '../../lib/station'
import { useBusy } from '../../lib/use-busy'
import { useDevices } from '../devices/store'
import { withTyped } from './SettingAdder'
import { useProfiles } from './store'

/** A terminal's own values (door names…): `Resource#N key = value`, laid over the profile. */
export function OverrideEditor({ profile }: { profile: Profile }) {
  const { t } = useProfilesText()
  const errorText = useErrorText()
  const devices = useDevices((s) => s.devices) ?? []
  const load = useProfiles((s) => s.load)
  const [deviceId, setDeviceId] = useState<string | null>(null)
  const [field, setField] = useState('DoorParam#1 doorName')
  const [value, setValue] = useState('')
  const [busy, run] = useBusy()
  const nameOf = (id: string) => devices.find((d) => d.id === id)?.name ?? id
  const save = (id: string, settings: ProfileSetting[]) =>
    run(async () => {
      const r = await station.profiles.override({ name: profile.name, deviceId: id, settings })
      if (!r.ok) {
        const e = errorText(r.error)
        notify({ color: 'red', title: e.title, message: e.detail })
      }
      await load()
    })
  const add = () => {
    if (!deviceId) return
    const own = profile.overrides.find((o) => o.deviceId === deviceId)?.settings ?? []
    const next = withTyped(own, field, value)
    if (next) void save(deviceId, next)
  }
  return (
    <Stack gap={4}>
      <Text fw={500}>{t('overridesTitle')}</Text>
      {profile.overrides.flatMap((o) =>
        o.settings.flatMap((s) =>
          Object.entries(s.values).map(([k, v]) => (
            <Group key={`${o.deviceId}${s.resource}${s.instance}${k}`} gap="xs">
              <Text size="sm">
                {nameOf(o.deviceId)} · {s.resource}
                {s.instance === null ? '' : `#${s.instance}`} {k} = {String(v)}
              </Text>
              <ActionIcon
                size="sm"
                variant="subtle"
                color="red"
                aria-label={t('unassign')}
                onClick={() =>
                  void save(
                    o.deviceId,
                    o.settings
                      .map((x) =>
                        x === s
                          ? {
                              ...x,
                              values: Object.fromEntries(
                                Object.entries(x.values).filter(([kk]) => kk !== k),
                              ),
                            }
                          : x,
                      )
                      .filter((x) => Object.keys(x.values).length > 0),
                  )
                }
              >
                <IconTrash size={14} />
              </ActionIcon>
            </Group>
          )),
        ),
      )}
      <Group align="end">
        <Select
          aria-label={t('terminal')}
          placeholder={t('terminal')}
          data={devices.map((d) => ({ value: d.id, label: d.name }))}
          value={deviceId}
          onChange={setDeviceId}
          w={160}
          data-testid="override-device"
        />
        <TextInput
          aria-label={t('overrideField')}
          value={field}
          onChange={(e) => setField(e.currentTarget.value)}
          w={220}
        />
        <TextInput
          aria-label={t('overrideValue')}
          placeholder={t('overrideValue')}
          value={value}
          onChange={(e) => setValue(e.currentTarget.value)}
          w={160}
          data-testid="override-value"
        />
        <Button
          variant="light"
          onClick={add}
          loading={busy}
          disabled={!deviceId || !value}
          data-testid="override-save"
        >
          {t('overrideSave')}
        </Button>
      </Group>
    </Stack>
  )
}
