import { Select, TextInput } from '@mantine/core'
import { useState } from 'react'
import { useEventsText } from '../../i18n/feature-hooks'
import type { Device } from '@shared/model'
import { DateRangeInputs, FilterForm, localToIso as iso } from '../../lib/filter-form'
import { useEvents, type EventFilter, type Kind } from './store'

const KINDS: Kind[] = ['access', 'door', 'alarm', 'other']

export function FilterBar({ devices }: { devices: Device[] }) {
  const { t } = useEventsText()
  const search = useEvents((s) => s.search)
  const exportCsv = useEvents((s) => s.exportCsv)
  const [person, setPerson] = useState('')
  const [deviceId, setDeviceId] = useState<string | null>(null)
  const [from, setFrom] = useState('')
  const [to, setTo] = useState('')
  const [kind, setKind] = useState<string | null>(null)
  const [result, setResult] = useState<string | null>(null)

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

  return (
    <FilterForm
      label={t('filters')}
      onSearch={() => search(filter())}
      onClear={clear}
      exportCsv={exportCsv}
      filePrefix="events"
      words={{
        search: t('search'),
        clear: t('clear'),
        export: t('export'),
        exported: (count) => t('exported', { count }),
      }}
    >
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
      <DateRangeInputs
        from={from}
        to={to}
        onFrom={setFrom}
        onTo={setTo}
        fromLabel={t('from')}
        toLabel={t('to')}
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
    </FilterForm>
  )
}
