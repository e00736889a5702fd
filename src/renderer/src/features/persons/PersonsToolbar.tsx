import { Button, CloseButton, Group, Kbd, Loader, Select, TextInput } from '@mantine/core'
import { IconSearch } from '@tabler/icons-react'
import type { RefObject } from 'react'
import { useTranslation } from 'react-i18next'
import { useShallow } from 'zustand/react/shallow'
import {
  PERSON_APPLY_STATES,
  USER_TYPES,
  type PersonApplyState,
  type UserType,
} from '../../../../shared/model'
import { HAS, isFiltering, type Has } from './filters'
import { usePersonsList } from './list-store'

const NO_GROUP = '\u0000'
const HAS_LABEL = {
  face: 'persons.hasFace',
  card: 'persons.hasCard',
  fingerprint: 'persons.hasFingerprint',
  iris: 'persons.hasIris',
  noFace: 'persons.noFace',
} as const

export function PersonsToolbar({ searchRef }: { searchRef: RefObject<HTMLInputElement | null> }) {
  const { t, i18n } = useTranslation()
  const { input, setInput, filters, setFilters, clearFilters, groups, applyCounts, searching } =
    usePersonsList(
      useShallow((s) => ({
        input: s.input,
        setInput: s.setInput,
        filters: s.filters,
        setFilters: s.setFilters,
        clearFilters: s.clearFilters,
        groups: s.groups,
        applyCounts: s.applyCounts,
        searching: s.input.trim() !== s.shownQuery,
      })),
    )
  return (
    <Group gap="sm" wrap="wrap" mb="sm">
      <TextInput
        ref={searchRef}
        type="search"
        aria-label={t('persons.searchLabel')}
        placeholder={t('persons.searchPlaceholder')}
        leftSection={<IconSearch size={16} aria-hidden />}
        rightSection={
          searching ? (
            <Loader size={14} aria-label={t('persons.searching')} />
          ) : input ? (
            <CloseButton
              size="sm"
              aria-label={t('persons.clearFilters')}
              onClick={() => setInput('')}
            />
          ) : (
            <Kbd size="xs" aria-hidden>
              /
            </Kbd>
          )
        }
        value={input}
        onChange={(e) => setInput(e.currentTarget.value)}
        onKeyDown={(e) => e.key === 'Escape' && input && (e.stopPropagation(), setInput(''))}
        style={{ flex: '1 1 240px', maxWidth: 460 }}
        data-testid="person-search"
      />
      <Select
        aria-label={t('persons.group')}
        placeholder={t('persons.allGroups')}
        data={groups.map((g) => ({
          value: g.name || NO_GROUP,
          label: `${g.name || t('persons.noGroup')} (${g.persons})`,
        }))}
        value={filters.group === null ? null : filters.group || NO_GROUP}
        onChange={(v) => setFilters({ group: v === null ? null : v === NO_GROUP ? '' : v })}
        clearable
        searchable
        w={190}
      />
      <Select
        aria-label={t('persons.type')}
        placeholder={t('persons.allTypes')}
        data={USER_TYPES.map((v) => ({ value: v, label: t(`persons.userType.${v}`) }))}
        value={filters.userType}
        onChange={(v) => setFilters({ userType: v as UserType | null })}
        clearable
        w={150}
      />
      <Select
        aria-label={t('persons.credential')}
        placeholder={t('persons.anyCredential')}
        data={HAS.map((v) => ({ value: v, label: t(HAS_LABEL[v]) }))}
        value={filters.has}
        onChange={(v) => setFilters({ has: v as Has | null })}
        clearable
        w={170}
      />
      <Select
        aria-label={t('persons.applyState')}
        placeholder={t('persons.anyApplyState')}
        data={PERSON_APPLY_STATES.map((v) => ({
          value: v,
          label: applyCounts
            ? `${t(`persons.applyStates.${v}`)} (${applyCounts[v].toLocaleString(i18n.language)})`
            : t(`persons.applyStates.${v}`),
        }))}
        value={filters.applyState}
        onChange={(v) => setFilters({ applyState: v as PersonApplyState | null })}
        clearable
        w={190}
        data-testid="apply-state-filter"
      />
      {isFiltering(filters) && (
        <Button variant="subtle" size="sm" onClick={clearFilters}>
          {t('persons.clearFilters')}
        </Button>
      )}
    </Group>
  )
}
