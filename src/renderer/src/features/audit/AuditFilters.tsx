import { Button, Group, Select, TextInput } from '@mantine/core'
import { IconDownload, IconSearch, IconX } from '@tabler/icons-react'
import { useState } from 'react'
import { useAuditText } from '../../i18n/feature-hooks'
import { auditEn } from '../../i18n/audit.en'
import { useErrorText } from '../../lib/error-text'
import { notify } from '../../lib/notify'
import { useBusy } from '../../lib/use-busy'
import { useAudit, type AuditFilter } from './store'

/** Families of actions the filter offers (the code's start: `device.` finds every terminal action). */
const ACTION_FAMILIES = Object.keys(auditEn.actions) as (keyof typeof auditEn.actions)[]

/** `datetime-local` value → ISO instant, or undefined when empty. */
const iso = (local: string) => (local ? new Date(local).toISOString() : undefined)

function download(csv: string) {
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }))
  const a = document.createElement('a')
  a.href = url
  a.download = `audit-${new Date().toISOString().slice(0, 16).replace(/[:T]/g, '')}.csv`
  document.body.append(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

export function AuditFilters() {
  const { t } = useAuditText()
  const errorText = useErrorText()
  const search = useAudit((s) => s.search)
  const exportCsv = useAudit((s) => s.exportCsv)
  const [text, setText] = useState('')
  const [action, setAction] = useState<string | null>(null)
  const [from, setFrom] = useState('')
  const [to, setTo] = useState('')
  const [exporting, runExport] = useBusy()

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
  const exportNow = async () => {
    await search(filter())
    const r = await runExport(exportCsv)
    if (!r.ok) {
      const e = errorText(r.error)
      return notify({ color: 'red', title: e.title, message: e.advice ?? e.detail })
    }
    download(r.value.csv)
    notify({ color: 'green', message: t('exported', { count: r.value.rows }) })
  }

  return (
    <form
      aria-label={t('filters')}
      onSubmit={(e) => {
        e.preventDefault()
        void search(filter())
      }}
    >
      <Group align="flex-end" gap="xs">
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
        <TextInput
          type="datetime-local"
          label={t('from')}
          value={from}
          onChange={(e) => setFrom(e.currentTarget.value)}
          w={190}
        />
        <TextInput
          type="datetime-local"
          label={t('to')}
          value={to}
          onChange={(e) => setTo(e.currentTarget.value)}
          w={190}
        />
        <Button type="submit" leftSection={<IconSearch size={16} aria-hidden />}>
          {t('search')}
        </Button>
        <Button variant="subtle" onClick={clear} leftSection={<IconX size={16} aria-hidden />}>
          {t('clear')}
        </Button>
        <Button
          variant="default"
          ml="auto"
          loading={exporting}
          onClick={() => void exportNow()}
          leftSection={<IconDownload size={16} aria-hidden />}
        >
          {t('export')}
        </Button>
      </Group>
    </form>
  )
}
