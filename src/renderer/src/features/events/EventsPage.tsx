import { SectionIntro } from '../shell/SectionIntro'

export function EventsPage() {
  return <SectionIntro section="events" />
}
