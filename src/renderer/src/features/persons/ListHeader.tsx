// The list's header row: a box picking every row shown, and column headers that sort (in SQL,
// by the station): a click sorts ascending, again descending, a third time back to roster order.
import { IconArrowDown, IconArrowUp, IconSelector } from '@tabler/icons-react'
import { useShallow } from 'zustand/react/shallow'
import type { PersonSortKey } from '@shared/model'
import { usePersonListText, usePersonsText } from '../../i18n/feature-hooks'
import { usePersonsList } from './list-store'
import { useSelection } from './selection-store'

function SortHeader({ by, label }: { by: PersonSortKey; label: string }) {
  const { t } = usePersonListText()
  const { sort, toggleSort } = usePersonsList(
    useShallow((s) => ({ sort: s.sort, toggleSort: s.toggleSort })),
  )
  const on = sort?.by === by
  const Icon = !on ? IconSelector : sort.desc ? IconArrowDown : IconArrowUp
  return (
    <span
      role="columnheader"
      aria-sort={!on ? 'none' : sort.desc ? 'descending' : 'ascending'}
      data-testid={`sort-${by}`}
    >
      <button
        type="button"
        className="sort-head"
        onClick={() => toggleSort(by)}
        title={t('sortBy', { column: label })}
      >
        {label}
        <Icon size={12} aria-hidden />
      </button>
    </span>
  )
}

export function ListHeader() {
  const { t } = usePersonsText()
  const { t: tl } = usePersonListText()
  const { picked, allMatching, pickShown, clear } = useSelection(
    useShallow((s) => ({
      picked: s.picked,
      allMatching: s.allMatching,
      pickShown: s.pickShown,
      clear: s.clear,
    })),
  )
  const any = allMatching || picked.size > 0
  return (
    <div role="rowgroup">
      <div role="row" aria-rowindex={1} className="person-row person-head" style={{ height: 36 }}>
        <span role="columnheader" className="person-check">
          <input
            type="checkbox"
            aria-label={tl('selectShown')}
            checked={any}
            onChange={() => (any ? clear() : pickShown())}
          />
        </span>
        <span role="columnheader">
          <span className="visually-hidden">{tl('columns.photo')}</span>
        </span>
        <SortHeader by="employeeNo" label={t('columns.employeeNo')} />
        <SortHeader by="name" label={t('columns.name')} />
        <SortHeader by="department" label={t('columns.group')} />
        <span role="columnheader">{t('columns.type')}</span>
        <SortHeader by="validity" label={tl('columns.validity')} />
        <SortHeader by="applyState" label={t('columns.applyState')} />
        <span role="columnheader">{t('columns.credentials')}</span>
      </div>
    </div>
  )
}
