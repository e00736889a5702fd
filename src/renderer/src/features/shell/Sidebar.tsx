import { SECTIONS, useNav, type Section } from './nav-store'
import { bridgeKind } from '../../lib/station'

const LABELS: Record<Section, { label: string; glyph: string }> = {
  overview: { label: 'Overview', glyph: '◎' },
  devices: { label: 'Devices', glyph: '▣' },
  persons: { label: 'Persons', glyph: '☺' },
  enroll: { label: 'Enroll', glyph: '✚' },
  apply: { label: 'Apply', glyph: '⇅' },
  events: { label: 'Events', glyph: '≡' },
  settings: { label: 'Settings', glyph: '⚙' },
}

export function Sidebar() {
  const { section, go } = useNav()
  return (
    <nav className="sidebar" aria-label="Main">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true">
          ES
        </span>
        <span className="brand-name">Enrollment Station</span>
      </div>
      <ul>
        {SECTIONS.map((s) => (
          <li key={s}>
            <button
              type="button"
              className={s === section ? 'nav-item active' : 'nav-item'}
              aria-current={s === section ? 'page' : undefined}
              onClick={() => go(s)}
            >
              <span className="nav-glyph" aria-hidden="true">
                {LABELS[s].glyph}
              </span>
              {LABELS[s].label}
            </button>
          </li>
        ))}
      </ul>
      <div className="sidebar-foot" data-testid="bridge-kind">
        {bridgeKind === 'electron' ? 'Desktop app' : 'Browser mode'}
      </div>
    </nav>
  )
}
