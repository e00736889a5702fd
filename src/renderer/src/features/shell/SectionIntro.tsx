import type { Section } from './nav-store'

// What each section is for, shown until the section's screens land (see README: roadmap).
const INTRO: Partial<Record<Section, { lead: string; next: string }>> = {
  devices: {
    lead: 'Terminals on your LAN: model, firmware, online state, capabilities and clock drift.',
    next: 'Adding terminals arrives with the station core. Until then the roster is local only.',
  },
  persons: {
    lead: 'The roster: persons with their cards, fingerprints, face pictures and iris data.',
    next: 'Search and editing arrive with the station core.',
  },
  enroll: {
    lead: 'Capture a face, a card swipe, a fingerprint or an iris on a chosen terminal.',
    next: 'Live enrollment needs a terminal; it arrives with the station core.',
  },
  apply: {
    lead: 'Push the roster to many terminals with per-device progress and failure reasons.',
    next: 'The apply reconciler arrives with the station core.',
  },
  events: {
    lead: 'Live access events and history search across terminals.',
    next: 'Event streams arrive with the station core.',
  },
}

export function SectionIntro({ section }: { section: Section }) {
  const intro = INTRO[section]
  if (!intro) return null
  return (
    <section className="panel empty-state" data-testid={`intro-${section}`}>
      <p className="lead">{intro.lead}</p>
      <p className="muted">{intro.next}</p>
    </section>
  )
}
