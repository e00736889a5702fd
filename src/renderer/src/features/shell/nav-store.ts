import { create } from 'zustand'

export const SECTIONS = [
  'overview',
  'devices',
  'persons',
  'enroll',
  'schedules',
  'profiles',
  'apply',
  'events',
  'audit',
  'settings',
] as const
export type Section = (typeof SECTIONS)[number]

interface Place {
  section: Section
  /** The terminal whose page is open (`#/devices/<id>`), or null for the Devices list. */
  terminalId: string | null
}

const fromHash = (): Place => {
  const [name = '', id] = window.location.hash.replace(/^#\/?/, '').split('/')
  const section = (SECTIONS as readonly string[]).includes(name) ? (name as Section) : 'overview'
  const terminalId = section === 'devices' && id ? decodeURIComponent(id) : null
  return { section, terminalId }
}

interface NavState extends Place {
  go(section: Section): void
  /** Opens one terminal's page (from a row on Devices). */
  openTerminal(id: string): void
}

export const useNav = create<NavState>((set) => ({
  ...fromHash(),
  go: (section) => {
    window.location.hash = `/${section}`
    set({ section, terminalId: null })
  },
  openTerminal: (id) => {
    window.location.hash = `/devices/${encodeURIComponent(id)}`
    set({ section: 'devices', terminalId: id })
  },
}))

window.addEventListener('hashchange', () => useNav.setState(fromHash()))
