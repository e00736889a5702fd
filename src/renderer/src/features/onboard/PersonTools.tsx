// Persons page: "Issue cards…" and "Duplicates (N)" with their dialogs. The count is read when
// the page opens and after changes to the roster (at most once a second: an import changes it
// slice by slice, and each read compares the whole roster).
import { Button } from '@mantine/core'
import { IconCards, IconCopy } from '@tabler/icons-react'
import { useCallback, useEffect, useState } from 'react'
import type { DuplicateGroup } from '@shared/contract/onboard'
import { useOnboardText } from '../../i18n/feature-hooks'
import { station } from '../../lib/station'
import { CardIssueDialog } from './CardIssueDialog'
import { DuplicatesDialog } from './DuplicatesDialog'

const ROSTER_RELOAD_MS = 1000

export function PersonTools() {
  const { t } = useOnboardText()
  const [cards, setCards] = useState(false)
  const [dupOpen, setDupOpen] = useState(false)
  const [groups, setGroups] = useState<DuplicateGroup[]>([])
  const load = useCallback(async () => {
    const r = await station.persons.duplicates()
    if (r.ok) setGroups((was) => (JSON.stringify(was) === JSON.stringify(r.value) ? was : r.value))
  }, [])
  useEffect(() => {
    void load()
    let timer: ReturnType<typeof setTimeout> | undefined
    const off = station.on('roster.changed', () => {
      timer ??= setTimeout(() => {
        timer = undefined
        void load()
      }, ROSTER_RELOAD_MS)
    })
    return () => {
      off()
      clearTimeout(timer)
    }
  }, [load])
  return (
    <>
      <Button
        variant="default"
        leftSection={<IconCards size={16} aria-hidden />}
        onClick={() => setCards(true)}
      >
        {t('cards')}
      </Button>
      <Button
        variant={groups.length ? 'light' : 'default'}
        color={groups.length ? 'orange' : undefined}
        leftSection={<IconCopy size={16} aria-hidden />}
        onClick={() => void load().then(() => setDupOpen(true))}
      >
        {groups.length ? t('duplicatesCount', { count: groups.length }) : t('duplicates')}
      </Button>
      <CardIssueDialog opened={cards} onClose={() => setCards(false)} />
      <DuplicatesDialog
        opened={dupOpen}
        groups={groups}
        onChanged={load}
        onClose={() => setDupOpen(false)}
      />
    </>
  )
}
