// The two filters whose options carry counts (persons per group, per apply state). The counts
// change while an import or an apply runs (at most once a second); each select subscribes to its
// own, so only it re-renders, not the search box and the other filters beside it.
import { Select } from '@mantine/core'
import { memo } from 'react'
import { useTranslation } from 'react-i18next'
import { useShallow } from 'zustand/react/shallow'
import { PERSON_APPLY_STATES, type PersonApplyState } from '@shared/model'
import { usePersonsText } from '../../i18n/feature-hooks'
import { usePersonsList } from './list-store'

const NO_GROUP = '\u0000'

export const GroupFilter = memo(function GroupFilter() {
  const { t } = usePersonsText()
  const { groups, group, setFilters } = usePersonsList(
    useShallow((s) => ({ groups: s.groups, group: s.filters.group, setFilters: s.setFilters })),
  )
  return (
    <Select
      aria-label={t('group')}
      placeholder={t('allGroups')}
      data={groups.map((g) => ({
        value: g.name || NO_GROUP,
        label: `${g.name || t('noGroup')} (${g.persons})`,
      }))}
      value={group === null ? null : group || NO_GROUP}
      onChange={(v) => setFilters({ group: v === null ? null : v === NO_GROUP ? '' : v })}
      clearable
      searchable
      w={190}
    />
  )
})

export const ApplyStateFilter = memo(function ApplyStateFilter() {
  const { t } = usePersonsText()
  const { i18n } = useTranslation()
  const { applyCounts, applyState, setFilters } = usePersonsList(
    useShallow((s) => ({
      applyCounts: s.applyCounts,
      applyState: s.filters.applyState,
      setFilters: s.setFilters,
    })),
  )
  return (
    <Select
      aria-label={t('applyState')}
      placeholder={t('anyApplyState')}
      data={PERSON_APPLY_STATES.map((v) => ({
        value: v,
        label: applyCounts
          ? `${t(`applyStates.${v}`)} (${applyCounts[v].toLocaleString(i18n.language)})`
          : t(`applyStates.${v}`),
      }))}
      value={applyState}
      onChange={(v) => setFilters({ applyState: v as PersonApplyState | null })}
      clearable
      w={190}
      data-testid="apply-state-filter"
    />
  )
})
