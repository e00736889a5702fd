import { create } from 'zustand'

export const SECTIONS = [
  'overview',
  'devices',
  'persons',
  'enroll',
  'schedules',
  'apply',
  'events',
  'settings',
] as const
export type Section = (typeof SECTIONS)[number]

const fromHash = (): Section => {
  const name = window.location.hash.replace(/^#\/?/, '')
  return (SECTIONS as readonly string[]).includes(name) ? (name as Section) : 'overview'
}

interface NavState {
  section: Section
  go(section: Section): void
}

export const useNav = create<NavState>((set) => ({
  section: fromHash(),
  go: (section) => {
    window.location.hash = `/${section}`
    set({ section })
  },
}))

window.addEventListener('hashchange', () => useNav.setState({ section: fromHash() }))
