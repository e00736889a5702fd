import { useEffect } from 'react'
import { usePersonDrawerText, useSchedulesText } from '../../i18n/feature-hooks'
import { useSchedules } from './store'
import { templateNos } from './template-choices'

/** A person's plan templates by name ("2 · Day shift, 1 (all day)"), numbers where unnamed. */
export function TemplateNames({ list }: { list: string }) {
  const { t } = useSchedulesText()
  const { t: tDrawer } = usePersonDrawerText()
  const templates = useSchedules((s) => s.roster?.templates)
  const load = useSchedules((s) => s.load)
  useEffect(() => {
    if (!templates) void load()
  }, [templates, load])
  const names = templateNos(list).map((no) => {
    const def = templates?.find((x) => x.templateNo === no)
    if (def) return t('numbered', { no, name: def.name })
    return no === 1 ? tDrawer('planDefault', { no: '1' }) : String(no)
  })
  return <>{names.join(', ') || list}</>
}
