import { Button, Group, Select, TextInput } from '@mantine/core'
import { IconDownload, IconSearch, IconX } from '@tabler/icons-react'
import { useState } from 'react'
import { useEventsText } from '../../i18n/feature-hooks'
import type { Device } from '@shared/model'
import { useErrorText } from '../../lib/error-text'
import { notify } from '../../lib/notify'
import { useBusy } from '../../lib/use-busy'
import { useEvents, type EventFilter, type Kind } from './store'

const KINDS: Kind[] = ['access', 'door', 'alarm', 'other']

/** `datetime-local` value → ISO instant (the station's isoTime), or undefined when empty. */
const iso = (local: string) => (local ? new Date(local).toISOString() : undefined)

function download(csv: string) {
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }))
  const a = document.createElement('a')
  a.href = url
  a.download = `events-${new Date().toISOString().slice(0, 16).replace(/[:T]/g, '')}.csv`
  document.body.append(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

export function FilterBar({ devices }: { devices: Device[] }) {
  const { t } = useEventsText()
  const errorText = useErrorText()
  const search = useEvents((s) => s.search)
  const exportCsv = useEvents((s) => s.exportCsv)
  const [person, setPerson] = useState('')
  const [deviceId, setDeviceId] = useState<string | null>(null)
  const [from, setFrom] = useState('')
  const [to, setTo] = useState('')
  const [kind, setKind] = useState<string | null>(null)
  const [result, setResult] = useState<string | null>(null)
  const [exporting, runExport] = useBusy()

  const filter = (): EventFilter => ({
    ...(person.trim() ? { person: person.trim() } : {}),
    ...(deviceId ? { deviceId } : {}),
    ...(iso(from) ? { from: iso(from) } : {}),
    ...(iso(to) ? { to: iso(to) } : {}),
    ...(kind ? { kinds: [kind as Kind] } : {}),
    ...(result ? { granted: result === 'granted' } : {}),
  })
  const clear = () => {
    setPerson('')
    setDeviceId(null)
    setFrom('')
    setTo('')
    setKind(null)
    setResult(null)
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
          label={t('person')}
          placeholder={t('personHint')}
          title={t('personHint')}
          value={person}
          onChange={(e) => setPerson(e.currentTarget.value)}
          w={160}
          maxLength={64}
        />
        <Select
          label={t('device')}
          placeholder={t('anyDevice')}
          data={devices.map((d) => ({ value: d.id, label: d.name }))}
          value={deviceId}
          onChange={setDeviceId}
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
        <Select
          label={t('type')}
          placeholder={t('anyType')}
          data={KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
          value={kind}
          onChange={setKind}
          clearable
          w={120}
        />
        <Select
          label={t('result')}
          placeholder={t('anyResult')}
          data={[
            { value: 'granted', label: t('granted') },
            { value: 'denied', label: t('denied') },
          ]}
          value={result}
          onChange={setResult}
          clearable
          w={120}
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
