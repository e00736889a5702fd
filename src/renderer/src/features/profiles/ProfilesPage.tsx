import { Group, Select, Stack, Text } from '@mantine/core'
import { useEffect } from 'react'
import { useProfilesText } from '../../i18n/feature-hooks'
import { useDevices } from '../devices/store'
import { DriftPanel } from './DriftPanel'
import { PlanPanel } from './PlanPanel'
import { ProfileCreate } from './ProfileCreate'
import { ProfileDetail } from './ProfileDetail'
import { ReportPanel } from './ReportPanel'
import { SitePanel } from './SitePanel'
import { useProfiles } from './store'

/** Site profiles: desired terminal settings, their plan and apply, drift, the report, the site file. */
export function ProfilesPage() {
  const { t } = useProfilesText()
  const profiles = useProfiles((s) => s.profiles)
  const selected = useProfiles((s) => s.selected)
  const select = useProfiles((s) => s.select)
  const load = useProfiles((s) => s.load)
  const loadDevices = useDevices((s) => s.load)
  useEffect(() => {
    void load()
    void loadDevices()
  }, [load, loadDevices])
  const profile = profiles?.find((p) => p.name === selected)
  return (
    <Stack gap="md">
      <Text c="dimmed">{t('intro')}</Text>
      <ProfileCreate />
      {profiles && profiles.length === 0 && <Text>{t('none')}</Text>}
      {profiles && profiles.length > 0 && (
        <Group>
          <Select
            label={t('profile')}
            data={profiles.map((p) => p.name)}
            value={selected}
            onChange={select}
            allowDeselect={false}
            data-testid="profile-select"
          />
        </Group>
      )}
      {profile && <ProfileDetail profile={profile} />}
      <PlanPanel />
      <DriftPanel />
      <ReportPanel />
      <SitePanel />
    </Stack>
  )
}
