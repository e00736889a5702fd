import { Select } from '@mantine/core'
import { useEffect, useRef, useState, type RefObject } from 'react'
import { useEnrollText } from '../../i18n/feature-hooks'
import type { PersonSummary } from '@shared/model'
import { station } from '../../lib/station'
import { useEnroll } from './store'

const label = (p: PersonSummary) => `${p.name} (${p.employeeNo})`

/** Searches the roster as you type (persons.search); Enter picks the highlighted person. */
export function PersonPicker({ inputRef }: { inputRef: RefObject<HTMLInputElement | null> }) {
  const { t } = useEnrollText()
  const person = useEnroll((s) => s.person)
  const pickPerson = useEnroll((s) => s.pickPerson)
  const [query, setQuery] = useState(person ? label(person) : '')
  const [found, setFound] = useState<PersonSummary[]>([])
  const searchId = useRef(0)

  useEffect(() => {
    if (person && query === label(person)) return
    const id = ++searchId.current
    const timer = setTimeout(() => {
      void station.persons.search({ query: query.trim(), limit: 20 }).then((r) => {
        if (r.ok && id === searchId.current) setFound(r.value.items)
      })
    }, 120)
    return () => clearTimeout(timer)
  }, [query, person])

  const options =
    person && !found.some((p) => p.employeeNo === person.employeeNo) ? [person, ...found] : found
  return (
    <Select
      ref={inputRef}
      label={t('person')}
      placeholder={t('personPlaceholder')}
      description={t('personHint')}
      searchable
      searchValue={query}
      onSearchChange={setQuery}
      filter={({ options: all }) => all}
      data={options.map((p) => ({ value: p.employeeNo, label: label(p) }))}
      value={person?.employeeNo ?? null}
      onChange={(no) => pickPerson(options.find((p) => p.employeeNo === no) ?? null)}
      nothingFoundMessage={t('noPersons')}
      w={340}
      aria-keyshortcuts="/"
      data-testid="enroll-person"
    />
  )
}
