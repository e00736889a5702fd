import { Button, Group, TextInput } from '@mantine/core'
import { useState } from 'react'
import type { Profile, ProfileSetting } from '@shared/contract/profiles'
import { useProfilesText } from '../../i18n/feature-hooks'
import { useErrorText } from '../../lib/error-text'
import { notify } from '../../lib/notify'
import { station } from '../../lib/station'
import { useBusy } from '../../lib/use-busy'
import { useProfiles } from './store'

/** `Resource#N field` → set in a setting list (added where absent). */
export function withTyped(
  settings: ProfileSetting[],
  field: string,
  value: string,
): ProfileSetting[] | null {
  const m = /^([A-Za-z][A-Za-z0-9]*)(?:#(\d+))?\s+(\S+)$/.exec(field.trim())
  if (!m) return null
  const [, resource, n, key] = m
  const instance = n === undefined ? null : Number(n)
  const hit = settings.find((s) => s.resource === resource && s.instance === instance)
  return hit
    ? settings.map((s) => (s === hit ? { ...s, values: { ...s.values, [key!]: value } } : s))
    : [...settings, { resource: resource!, instance, values: { [key!]: value } }]
}

/** Adds or changes one field of a profile by hand (checked per terminal by the plan). */
export function SettingAdder({ profile }: { profile: Profile }) {
  const { t } = useProfilesText()
  const errorText = useErrorText()
  const load = useProfiles((s) => s.load)
  const [field, setField] = useState('')
  const [value, setValue] = useState('')
  const [busy, run] = useBusy()
  const add = () =>
    run(async () => {
      const settings = withTyped(profile.settings, field, value)
      if (!settings) return
      const r = await station.profiles.save({ name: profile.name, settings })
      if (!r.ok) {
        const e = errorText(r.error)
        notify({ color: 'red', title: e.title, message: e.detail })
        return
      }
      setField('')
      setValue('')
      await load()
    })
  return (
    <Group align="end">
      <TextInput
        aria-label={t('overrideField')}
        placeholder="Time timeZone"
        value={field}
        onChange={(e) => setField(e.currentTarget.value)}
        w={220}
        data-testid="setting-field"
      />
      <TextInput
        aria-label={t('overrideValue')}
        placeholder={t('overrideValue')}
        value={value}
        onChange={(e) => setValue(e.currentTarget.value)}
        w={160}
        data-testid="setting-value"
      />
      <Button
        variant="light"
        onClick={() => void add()}
        loading={busy}
        disabled={!withTyped([], field, value) || !value}
        data-testid="setting-add"
      >
        {t('settingAdd')}
      </Button>
    </Group>
  )
}
