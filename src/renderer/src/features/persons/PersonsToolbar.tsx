import { Button, CloseButton, Group, Kbd, Loader, Select, TextInput } from '@mantine/core'
import { IconSearch } from '@tabler/icons-react'
import { memo, type RefObject } from 'react'
import { usePersonsText } from '../../i18n/feature-hooks'
import { useShallow } from 'zustand/react/shallow'
import { USER_TYPES, type UserType } from '@shared/model'
import { HAS, isFiltering, type Has } from './filters'
import { usePersonsList } from './list-store'
import { DepartmentFilter } from './DepartmentFilter'
import { ApplyStateFilter, GroupFilter } from './CountedFilters'

const HAS_LABEL = {
  face: 'hasFace',
  card: 'hasCard',
  fingerprint: 'hasFingerprint',
  iris: 'hasIris',
  noFace: 'noFace',
} as const

/** Memoised: the page re-renders as the total grows during an import; the selects need not. */
export const PersonsToolbar = memo(function PersonsToolbar({
  searchRef,
}: {
  searchRef: RefObject<HTMLInputElement | null>
}) {
  const { t } = usePersonsText()
  const { input, setInput, filters, setFilters, clearFilters, searching } = usePersonsList(
    useShallow((s) => ({
      input: s.input,
      setInput: s.setInput,
      filters: s.filters,
      setFilters: s.setFilters,
      clearFilters: s.clearFilters,
      searching: s.input.trim() !== s.shownQuery,
    })),
  )
  return (
    <Group gap="sm" wrap="wrap" mb="sm">
      <TextInput
        ref={searchRef}
        type="search"
        aria-label={t('searchLabel')}
        placeholder={t('searchPlaceholder')}
        leftSection={<IconSearch size={16} aria-hidden />}
        rightSection={
          searching ? (
            <Loader size={14} aria-label={t('searching')} />
          ) : input ? (
            <CloseButton size="sm" aria-label={t('clearFilters')} onClick={() => setInput('')} />
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
      <GroupFilter />
      <Select
        aria-label={t('type')}
        placeholder={t('allTypes')}
        data={USER_TYPES.map((v) => ({ value: v, label: t(`userType.${v}`) }))}
        value={filters.userType}
        onChange={(v) => setFilters({ userType: v as UserType | null })}
        clearable
        w={150}
      />
      <Select
        aria-label={t('credential')}
        placeholder={t('anyCredential')}
        data={HAS.map((v) => ({ value: v, label: t(HAS_LABEL[v]) }))}
        value={filters.has}
        onChange={(v) => setFilters({ has: v as Has | null })}
        clearable
        w={170}
      />
      <ApplyStateFilter />
      <DepartmentFilter />
      {isFiltering(filters) && (
        <Button variant="subtle" size="sm" onClick={clearFilters}>
          {t('clearFilters')}
        </Button>
      )}
    </Group>
  )
})
