import { EmptyState, Paper } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { Section } from './nav-store'
import { NAV_ICONS } from './nav-icons'

// What each section is for, shown until the section's screens land with device support.
type IntroSection = 'devices' | 'enroll' | 'apply' | 'events'

export const hasIntro = (s: Section): s is IntroSection =>
  s === 'devices' || s === 'enroll' || s === 'apply' || s === 'events'

export function SectionIntro({ section }: { section: IntroSection }) {
  const { t } = useTranslation()
  const Icon = NAV_ICONS[section]
  return (
    <Paper withBorder p="xl" radius="md" maw={760} data-testid={`intro-${section}`}>
      <EmptyState
        icon={<Icon size={28} aria-hidden />}
        variant="light"
        title={t(`intro.${section}.lead`)}
        description={t(`intro.${section}.next`)}
      />
    </Paper>
  )
}
