import { SectionIntro } from '../shell/SectionIntro'

export function EnrollPage() {
  return <SectionIntro section="enroll" />
}
