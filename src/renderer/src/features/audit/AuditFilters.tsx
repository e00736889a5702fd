import { Select, TextInput } from '@mantine/core'
import { useState } from 'react'
import { useAuditText } from '../../i18n/feature-hooks'
import { auditEn } from '../../i18n/audit.en'
import { DateRangeInputs, FilterForm, localToIso as iso } from '../../lib/filter-form'
import { useAudit, type AuditFilter } from './store'

/** Families of actions the filter offers (the code's start: `device.` finds every terminal action). */
const ACTION_FAMILIES = Object.keys(auditEn.actions) as (keyof typeof auditEn.actions)[]

export function AuditFilters() {
  const { t } = useAuditText()
  const search = useAudit((s) => s.search)
  const exportCsv = useAudit((s) => s.exportCsv)
  const [text, setText] = useState('')
  const [action, setAction] = useState<string | null>(null)
  const [from, setFrom] = useState('')
  const [to, setTo] = useState('')

  const filter = (): AuditFilter => ({
    ...(text.trim() ? { text: text.trim() } : {}),
    ...(action ? { action } : {}),
    ...(iso(from) ? { from: iso(from) } : {}),
    ...(iso(to) ? { to: iso(to) } : {}),
  })
  const clear = () => {
    setText('')
    setAction(null)
    setFrom('')
    setTo('')
    void search({})
  }

  return (
    <FilterForm
      label={t('filters')}
      onSearch={() => search(filter())}
      onClear={clear}
      exportCsv={exportCsv}
      filePrefix="audit"
      words={{
        search: t('search'),
        clear: t('clear'),
        export: t('export'),
        exported: (count) => t('exported', { count }),
      }}
    >
      <TextInput
        label={t('text')}
        placeholder={t('textHint')}
        title={t('textHint')}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        w={240}
        maxLength={100}
      />
      <Select
        label={t('action')}
        placeholder={t('anyAction')}
        data={ACTION_FAMILIES.map((a) => ({ value: a, label: t(`actions.${a}`) }))}
        value={action}
        onChange={setAction}
        clearable
        w={160}
      />
      <DateRangeInputs
        from={from}
        to={to}
        onFrom={setFrom}
        onTo={setTo}
        fromLabel={t('from')}
        toLabel={t('to')}
      />
    </FilterForm>
  )
}
