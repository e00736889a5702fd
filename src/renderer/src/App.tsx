import { AppShell, Center, Loader, MantineProvider, Title } from '@mantine/core'
import { Notifications } from '@mantine/notifications'
import { lazy, Suspense, useEffect, type ComponentType } from 'react'
import { useTranslation } from 'react-i18next'
import { useSettings } from './features/settings/store'
import { DemoBanner } from './features/shell/DemoBanner'
import { ErrorBoundary } from './features/shell/ErrorBoundary'
import { Sidebar } from './features/shell/Sidebar'
import { useNav, type Section } from './features/shell/nav-store'
import { useAppearance } from './features/shell/use-appearance'
import { cssVariablesResolver, theme } from './theme'

/**
 * A screen's module, loaded the first time it is shown: the first open loads one screen, not
 * eight. A few seconds after the first screen is up, the others are fetched while the browser is
 * idle, so moving between screens does not wait for the network.
 */
const page = <K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) => {
  let loading: Promise<Record<K, ComponentType>> | null = null
  const once = () => (loading ??= load())
  return { Page: lazy(async () => ({ default: (await once())[name] })), preload: once }
}

const PAGES: Record<Section, ReturnType<typeof page>> = {
  overview: page(() => import('./features/overview/OverviewPage'), 'OverviewPage'),
  persons: page(() => import('./features/persons/PersonsPage'), 'PersonsPage'),
  settings: page(() => import('./features/settings/SettingsPage'), 'SettingsPage'),
  devices: page(() => import('./features/devices/DevicesPage'), 'DevicesPage'),
  enroll: page(() => import('./features/enroll/EnrollPage'), 'EnrollPage'),
  apply: page(() => import('./features/apply/ApplyPage'), 'ApplyPage'),
  schedules: page(() => import('./features/schedules/SchedulesPage'), 'SchedulesPage'),
  profiles: page(() => import('./features/profiles/ProfilesPage'), 'ProfilesPage'),
  events: page(() => import('./features/events/EventsPage'), 'EventsPage'),
  audit: page(() => import('./features/audit/AuditPage'), 'AuditPage'),
}

/** The Terminal page (a terminal opened from Devices), loaded the same way. */
const TerminalPage = lazy(async () => ({
  default: (await import('./features/terminal/TerminalPage')).TerminalPage,
}))

const PRELOAD_AFTER_MS = 3000

function preloadScreens(): void {
  for (const { preload } of Object.values(PAGES)) void preload().catch(() => {})
}

export function App() {
  const scheme = useAppearance()
  const loadSettings = useSettings((s) => s.load)
  useEffect(() => void loadSettings(), [loadSettings])
  useEffect(() => {
    // not at once: the first screen is still fetching its data and should not share the CPU
    const idle = window.requestIdleCallback ?? ((fn: () => void) => window.setTimeout(fn, 0))
    const timer = window.setTimeout(() => idle(preloadScreens), PRELOAD_AFTER_MS)
    return () => window.clearTimeout(timer)
  }, [])
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
  const terminalId = useNav((s) => s.terminalId)
  const { Page } = PAGES[section]
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
        {/* the heading comes with its screen: while a screen's module loads, only the loader shows */}
        <Suspense
          fallback={
            <Center flex={1}>
              <Loader role="status" aria-label={t('common.loading')} />
            </Center>
          }
        >
          <Title order={1} id="page-title" size="h2" mb="md">
            {t(`nav.${section}`)}
          </Title>
          <DemoBanner />
          <ErrorBoundary key={`${section}/${terminalId ?? ''}`}>
            {section === 'devices' && terminalId ? <TerminalPage id={terminalId} /> : <Page />}
          </ErrorBoundary>
        </Suspense>
      </AppShell.Main>
    </AppShell>
  )
}
