import { AppShell, MantineProvider, Title } from '@mantine/core'
import { Notifications } from '@mantine/notifications'
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { ApplyPage } from './features/apply/ApplyPage'
import { DevicesPage } from './features/devices/DevicesPage'
import { EnrollPage } from './features/enroll/EnrollPage'
import { EventsPage } from './features/events/EventsPage'
import { OverviewPage } from './features/overview/OverviewPage'
import { PersonsPage } from './features/persons/PersonsPage'
import { SchedulesPage } from './features/schedules/SchedulesPage'
import { SettingsPage } from './features/settings/SettingsPage'
import { useSettings } from './features/settings/store'
import { DemoBanner } from './features/shell/DemoBanner'
import { ErrorBoundary } from './features/shell/ErrorBoundary'
import { Sidebar } from './features/shell/Sidebar'
import { useNav } from './features/shell/nav-store'
import { useAppearance } from './features/shell/use-appearance'
import { cssVariablesResolver, theme } from './theme'

export function App() {
  const scheme = useAppearance()
  const loadSettings = useSettings((s) => s.load)
  useEffect(() => void loadSettings(), [loadSettings])
  return (
    <MantineProvider
      theme={theme}
      forceColorScheme={scheme}
      cssVariablesResolver={cssVariablesResolver}
    >
      <Notifications position="bottom-left" limit={4} />
      <Shell />
    </MantineProvider>
  )
}

function Shell() {
  const { t } = useTranslation()
  const section = useNav((s) => s.section)
  return (
    <AppShell navbar={{ width: 240, breakpoint: 0 }} padding="lg">
      <AppShell.Navbar aria-label={t('nav.main')}>
        <Sidebar />
      </AppShell.Navbar>
      <AppShell.Main
        component="main"
        aria-labelledby="page-title"
        style={{ display: 'flex', flexDirection: 'column', height: '100dvh' }}
      >
        <Title order={1} id="page-title" size="h2" mb="md">
          {t(`nav.${section}`)}
        </Title>
        <DemoBanner />
        <ErrorBoundary key={section}>
          {section === 'overview' && <OverviewPage />}
          {section === 'persons' && <PersonsPage />}
          {section === 'settings' && <SettingsPage />}
          {section === 'devices' && <DevicesPage />}
          {section === 'enroll' && <EnrollPage />}
          {section === 'apply' && <ApplyPage />}
          {section === 'schedules' && <SchedulesPage />}
          {section === 'events' && <EventsPage />}
        </ErrorBoundary>
      </AppShell.Main>
    </AppShell>
  )
}
