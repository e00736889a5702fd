import { Button, Group, MultiSelect, Paper, Select, Stack, TextInput, Title } from '@mantine/core'
import { useState } from 'react'
import { useProfilesText } from '../../i18n/feature-hooks'
import { useErrorText } from '../../lib/error-text'
import { notify } from '../../lib/notify'
import { station } from '../../lib/station'
import { useBusy } from '../../lib/use-busy'
import { useDevices } from '../devices/store'
import { useProfiles } from './store'

/** "From this terminal": a new profile from a terminal's current settings, chosen sections. */
export function ProfileCreate() {
  const { t } = useProfilesText()
  const errorText = useErrorText()
  const devices = useDevices((s) => s.devices) ?? []
  const sections = useProfiles((s) => s.sections)
  const load = useProfiles((s) => s.load)
  const select = useProfiles((s) => s.select)
  const [name, setName] = useState('')
  const [deviceId, setDeviceId] = useState<string | null>(null)
  const [picked, setPicked] = useState<string[]>([])
  const [busy, run] = useBusy()
  const groups = [...new Set(sections.map((s) => s.group))]
  const options = [
    ...groups.map((g) => ({ value: g, label: g })),
    ...sections.map((s) => ({ value: s.resource, label: `${s.resource} — ${s.label.en}` })),
  ]
  const create = () =>
    run(async () => {
      if (!deviceId) return
      const r = await station.profiles.fromDevice({
        name: name.trim(),
        deviceId,
        ...(picked.length ? { sections: picked } : {}),
      })
      if (!r.ok) {
        const e = errorText(r.error)
        notify({ color: 'red', title: e.title, message: e.detail })
        return
      }
      notify({
        color: 'green',
        message: t('created', {
          name: r.value.name,
          count: r.value.settings.reduce((n, s) => n + Object.keys(s.values).length, 0),
        }),
      })
      setName('')
      await load()
      select(r.value.name)
    })
  const createEmpty = () =>
    run(async () => {
      const r = await station.profiles.save({ name: name.trim(), settings: [] })
      if (!r.ok) {
        const e = errorText(r.error)
        notify({ color: 'red', title: e.title, message: e.detail })
        return
      }
      setName('')
      await load()
      select(r.value.name)
    })
  return (
    <Paper withBorder p="md">
      <Stack gap="xs">
        <Title order={4}>{t('fromTerminal')}</Title>
        <Group align="end" wrap="wrap">
          <TextInput
            label={t('name')}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            data-testid="profile-name"
          />
          <Select
            label={t('terminal')}
            data={devices.map((d) => ({ value: d.id, label: `${d.name} (${d.model})` }))}
            value={deviceId}
            onChange={setDeviceId}
            data-testid="profile-device"
          />
          <MultiSelect
            label={t('sections')}
            placeholder={t('allSections')}
            data={options}
            value={picked}
            onChange={setPicked}
            searchable
            w={320}
            data-testid="profile-sections"
          />
          <Button
            onClick={() => void create()}
            loading={busy}
            disabled={!name.trim() || !deviceId}
            data-testid="profile-create"
          >
            {t('create')}
          </Button>
          <Button
            variant="subtle"
            onClick={() => void createEmpty()}
            loading={busy}
            disabled={!name.trim()}
            data-testid="profile-create-empty"
          >
            {t('createEmpty')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  )
}
