import { Button, EmptyState, Group, Paper, Text } from '@mantine/core'
import { useHotkeys } from '@mantine/hooks'
import { IconFileImport, IconPlus, IconUserSearch, IconUsers } from '@tabler/icons-react'
import { lazy, Suspense, useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { usePersonsText } from '../../i18n/feature-hooks'
import { useShallow } from 'zustand/react/shallow'
import { PersonDrawer } from '../person-drawer/PersonDrawer'
import { usePersonForm } from '../person-form/store'
import { usePersonImport } from '../person-import/store'
import { PersonFilesMenu } from '../person-import/PersonFilesMenu'
import { ErrorBoundary } from '../shell/ErrorBoundary'
import { ErrorNotice } from '../shell/ErrorNotice'
import { usePersonsList } from './list-store'
import { PersonList } from './PersonList'
import { PersonsToolbar } from './PersonsToolbar'
import { BulkBar } from './BulkBar'
import { PersonTools } from '../onboard/PersonTools'

// The add/edit form (which brings the zod schemas) and the import dialog load on first use,
// and are fetched in the background once the list is up, so the first rows come sooner.
const loadForm = () => import('../person-form/PersonForm')
const loadImport = () => import('../person-import/ImportDialog')
const PersonForm = lazy(() => loadForm().then((m) => ({ default: m.PersonForm })))
const ImportDialog = lazy(() => loadImport().then((m) => ({ default: m.ImportDialog })))

export function PersonsPage() {
  const { t } = usePersonsText()
  const { t: tc, i18n } = useTranslation()
  const searchRef = useRef<HTMLInputElement>(null)
  const { total, narrowed, error, refresh, loadGroups, loadApplyCounts, loadDepartments } =
    usePersonsList(
      useShallow((s) => ({
        loadDepartments: s.loadDepartments,
        total: s.total,
        narrowed: s.narrowed,
        error: s.error,
        refresh: s.refresh,
        loadGroups: s.loadGroups,
        loadApplyCounts: s.loadApplyCounts,
      })),
    )
  const openNew = usePersonForm((s) => s.openNew)
  const openImport = usePersonImport((s) => s.open)
  const editing = usePersonForm((s) => s.editing !== null)
  const importing = usePersonImport((s) => s.opened)
  useEffect(() => {
    refresh()
    void loadGroups()
    void loadApplyCounts()
    void loadDepartments()
    const idle = setTimeout(() => void Promise.all([loadForm(), loadImport()]).catch(() => {}), 300)
    return () => clearTimeout(idle)
  }, [refresh, loadGroups, loadApplyCounts, loadDepartments])
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
            ? tc('common.loading')
            : narrowed
              ? t('matching', { count: total, n: n(total) })
              : t('total', { count: total, n: n(total) })}
        </Text>
        <Group gap="sm" ml="auto">
          <Text size="xs" c="dimmed" visibleFrom="lg">
            {t('shortcuts')}
          </Text>
          <PersonTools />
          <Button
            variant="default"
            leftSection={<IconFileImport size={16} aria-hidden />}
            onClick={openImport}
          >
            {t('import')}
          </Button>
          <PersonFilesMenu />
          <Button
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={openNew}
            aria-keyshortcuts="n"
          >
            {t('add')}
          </Button>
        </Group>
      </Group>
      {error && <ErrorNotice error={error} onRetry={refresh} />}
      <BulkBar />
      {total === 0 ? (
        <Paper withBorder p="xl" radius="md">
          {narrowed ? (
            <EmptyState
              icon={<IconUserSearch size={28} aria-hidden />}
              variant="light"
              title={t('noMatchTitle')}
              description={t('noMatchBody')}
            />
          ) : (
            <EmptyState
              icon={<IconUsers size={28} aria-hidden />}
              variant="light"
              title={t('emptyTitle')}
              description={t('emptyBody')}
            >
              <EmptyState.Actions>
                <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={openNew}>
                  {t('add')}
                </Button>
                <Button
                  variant="default"
                  leftSection={<IconFileImport size={16} aria-hidden />}
                  onClick={openImport}
                >
                  {t('import')}
                </Button>
              </EmptyState.Actions>
            </EmptyState>
          )}
        </Paper>
      ) : (
        <PersonList />
      )}
      <PersonDrawer />
      <ErrorBoundary>
        <Suspense fallback={null}>
          {editing && <PersonForm />}
          {importing && <ImportDialog />}
        </Suspense>
      </ErrorBoundary>
    </div>
  )
}
