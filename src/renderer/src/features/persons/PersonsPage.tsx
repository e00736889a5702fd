import { Button, EmptyState, Group, Loader, Paper, Text } from '@mantine/core'
import { useHotkeys } from '@mantine/hooks'
import { IconFileImport, IconPlus, IconUserSearch, IconUsers } from '@tabler/icons-react'
import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { useShallow } from 'zustand/react/shallow'
import { PersonDrawer } from '../person-drawer/PersonDrawer'
import { PersonForm } from '../person-form/PersonForm'
import { usePersonForm } from '../person-form/store'
import { ImportDialog } from '../person-import/ImportDialog'
import { usePersonImport } from '../person-import/store'
import { ErrorNotice } from '../shell/ErrorNotice'
import { usePersonsList } from './list-store'
import { PersonList } from './PersonList'
import { PersonsToolbar } from './PersonsToolbar'

export function PersonsPage() {
  const { t, i18n } = useTranslation()
  const searchRef = useRef<HTMLInputElement>(null)
  const { total, narrowed, scanning, error, refresh, loadGroups } = usePersonsList(
    useShallow((s) => ({
      total: s.total,
      narrowed: s.narrowed,
      scanning: s.scanning,
      error: s.error,
      refresh: s.refresh,
      loadGroups: s.loadGroups,
    })),
  )
  const openNew = usePersonForm((s) => s.openNew)
  const openImport = usePersonImport((s) => s.open)
  useEffect(() => {
    refresh()
    void loadGroups()
  }, [refresh, loadGroups])
  useHotkeys([
    ['/', () => searchRef.current?.focus()],
    ['n', openNew],
  ])

  const n = (v: number) => v.toLocaleString(i18n.language)
  return (
    <div style={{ display: 'flex', flexDirection: 'column', flex: 1, minHeight: 0 }}>
      <PersonsToolbar searchRef={searchRef} />
      <Group gap="md" mb="sm" mih={36}>
        <Text size="sm" c="dimmed" role="status" data-testid="person-count">
          {total === null
            ? t('common.loading')
            : narrowed
              ? t('persons.matching', { count: total, n: n(total) })
              : t('persons.total', { count: total, n: n(total) })}
        </Text>
        {scanning && (
          <Group gap={6}>
            <Loader size={14} aria-hidden />
            <Text size="xs" c="dimmed">
              {t('persons.scanning', { scanned: n(scanning.scanned), total: n(scanning.of) })}
            </Text>
          </Group>
        )}
        <Group gap="sm" ml="auto">
          <Text size="xs" c="dimmed" visibleFrom="lg">
            {t('persons.shortcuts')}
          </Text>
          <Button
            variant="default"
            leftSection={<IconFileImport size={16} aria-hidden />}
            onClick={openImport}
          >
            {t('persons.import')}
          </Button>
          <Button
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={openNew}
            aria-keyshortcuts="n"
          >
            {t('persons.add')}
          </Button>
        </Group>
      </Group>
      {error && <ErrorNotice error={error} onRetry={refresh} />}
      {total === 0 && !scanning ? (
        <Paper withBorder p="xl" radius="md">
          {narrowed ? (
            <EmptyState
              icon={<IconUserSearch size={28} aria-hidden />}
              variant="light"
              title={t('persons.noMatchTitle')}
              description={t('persons.noMatchBody')}
            />
          ) : (
            <EmptyState
              icon={<IconUsers size={28} aria-hidden />}
              variant="light"
              title={t('persons.emptyTitle')}
              description={t('persons.emptyBody')}
            >
              <EmptyState.Actions>
                <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={openNew}>
                  {t('persons.add')}
                </Button>
                <Button
                  variant="default"
                  leftSection={<IconFileImport size={16} aria-hidden />}
                  onClick={openImport}
                >
                  {t('persons.import')}
                </Button>
              </EmptyState.Actions>
            </EmptyState>
          )}
        </Paper>
      ) : (
        <PersonList />
      )}
      <PersonDrawer />
      <PersonForm />
      <ImportDialog />
    </div>
  )
}
