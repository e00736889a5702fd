import { useEffect } from 'react'
import { Sidebar } from './features/shell/Sidebar'
import { useNav, type Section } from './features/shell/nav-store'
import { OverviewPage } from './features/overview/OverviewPage'
import { SettingsPage } from './features/settings/SettingsPage'
import { useSettings } from './features/settings/store'
import { SectionIntro } from './features/shell/SectionIntro'

const TITLES: Record<Section, string> = {
  overview: 'Overview',
  devices: 'Devices',
  persons: 'Persons',
  enroll: 'Enroll',
  apply: 'Apply',
  events: 'Events',
  settings: 'Settings',
}

export function App() {
  const section = useNav((s) => s.section)
  const theme = useSettings((s) => s.settings?.theme ?? 'system')
  const loadSettings = useSettings((s) => s.load)

  useEffect(() => void loadSettings(), [loadSettings])
  useEffect(() => {
    document.documentElement.dataset.theme = theme
  }, [theme])

  return (
    <div className="shell">
      <Sidebar />
      <main className="content" aria-labelledby="page-title">
        <header className="page-header">
          <h1 id="page-title">{TITLES[section]}</h1>
        </header>
        {section === 'overview' && <OverviewPage />}
        {section === 'settings' && <SettingsPage />}
        {section !== 'overview' && section !== 'settings' && <SectionIntro section={section} />}
      </main>
    </div>
  )
}
