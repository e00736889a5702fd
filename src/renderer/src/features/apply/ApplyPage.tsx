import { SectionIntro } from '../shell/SectionIntro'

export function ApplyPage() {
  return <SectionIntro section="apply" />
}
