// The department tree editor: add (a path, or under a department), rename or move (a new path:
// its sub-departments and persons follow), delete when empty. The station checks each change
// (an existing path, a move into itself, a department not empty) and says why in words.
import { ActionIcon, Alert, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core'
import { IconPencil, IconPlus, IconTrash } from '@tabler/icons-react'
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { AppError, Result } from '@shared/result'
import { usePersonListText } from '../../i18n/feature-hooks'
import { useErrorText } from '../../lib/error-text'
import { notify } from '../../lib/notify'
import { station } from '../../lib/station'
import { usePersonsList } from './list-store'

export function DepartmentsDialog({ onClose }: { onClose(): void }) {
  const { t } = usePersonListText()
  const { t: tc } = useTranslation()
  const errorText = useErrorText()
  const loadDepartments = usePersonsList((s) => s.loadDepartments)
  const list = usePersonsList((s) => s.departments)
  const [newPath, setNewPath] = useState('')
  const [editing, setEditing] = useState<{ from: string; to: string } | null>(null)
  const [error, setError] = useState<AppError | null>(null)
  const addRef = useRef<HTMLInputElement>(null)
  useEffect(() => void loadDepartments(), [loadDepartments])

  const done = async (r: Result<unknown>, message: string): Promise<boolean> => {
    if (!r.ok) {
      setError(r.error)
      return false
    }
    setError(null)
    notify({ color: 'green', message })
    await loadDepartments()
    return true
  }
  const add = async () => {
    const path = newPath.trim()
    if (!path) return
    if (await done(await station.departments.add({ path }), t('departments.added', { path })))
      setNewPath('')
  }
  const move = async () => {
    if (!editing) return
    const { from, to } = editing
    if (
      await done(
        await station.departments.move({ from, to: to.trim() }),
        t('departments.moved', { from, to: to.trim() }),
      )
    )
      setEditing(null)
  }
  const remove = async (path: string) =>
    done(await station.departments.remove({ path }), t('departments.deleted', { path }))

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('departments.title')}
      size="lg"
      closeButtonProps={{ 'aria-label': tc('common.close') }}
    >
      <Stack gap="sm">
        <Group align="flex-end" gap="xs">
          <TextInput
            ref={addRef}
            style={{ flex: 1 }}
            label={t('departments.newPath')}
            value={newPath}
            onChange={(e) => setNewPath(e.currentTarget.value)}
            onKeyDown={(e) => e.key === 'Enter' && void add()}
          />
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => void add()}>
            {t('departments.add')}
          </Button>
        </Group>
        {error && (
          <Alert color="red" title={errorText(error).title} data-testid="departments-error">
            {errorText(error).words}
          </Alert>
        )}
        {list.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('departments.empty')}
          </Text>
        ) : (
          <ul role="tree" aria-label={t('departments.title')} className="department-tree">
            {list.map((d) => {
              const parts = d.path.split('/')
              const name = parts.at(-1)!
              const hasChildren = list.some((x) => x.path.startsWith(`${d.path}/`))
              const empty = d.total === 0 && !hasChildren
              return (
                <li
                  key={d.path}
                  role="treeitem"
                  aria-level={parts.length}
                  data-path={d.path}
                  style={{ paddingLeft: (parts.length - 1) * 20 }}
                >
                  {editing?.from === d.path ? (
                    <Group gap="xs">
                      <TextInput
                        size="xs"
                        style={{ flex: 1 }}
                        aria-label={t('departments.renameTo', { path: d.path })}
                        value={editing.to}
                        autoFocus
                        onChange={(e) => setEditing({ from: d.path, to: e.currentTarget.value })}
                        onKeyDown={(e) => {
                          if (e.key === 'Enter') void move()
                          if (e.key === 'Escape') {
                            e.stopPropagation()
                            setEditing(null)
                          }
                        }}
                      />
                      <Button size="xs" onClick={() => void move()}>
                        {t('departments.save')}
                      </Button>
                      <Button size="xs" variant="default" onClick={() => setEditing(null)}>
                        {t('cancel')}
                      </Button>
                    </Group>
                  ) : (
                    <Group gap="xs" wrap="nowrap">
                      <Text size="sm" fw={500}>
                        {name}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {t('departments.persons', { persons: d.persons, total: d.total })}
                      </Text>
                      <Group gap={2} ml="auto" wrap="nowrap">
                        <ActionIcon
                          variant="subtle"
                          aria-label={t('departments.addSub', { name: d.path })}
                          onClick={() => {
                            setNewPath(`${d.path}/`)
                            addRef.current?.focus()
                          }}
                        >
                          <IconPlus size={16} aria-hidden />
                        </ActionIcon>
                        <ActionIcon
                          variant="subtle"
                          aria-label={t('departments.rename', { name: d.path })}
                          onClick={() => setEditing({ from: d.path, to: d.path })}
                        >
                          <IconPencil size={16} aria-hidden />
                        </ActionIcon>
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          aria-label={t('departments.remove', { name: d.path })}
                          title={empty ? undefined : t('departments.notEmpty')}
                          disabled={!empty}
                          onClick={() => void remove(d.path)}
                        >
                          <IconTrash size={16} aria-hidden />
                        </ActionIcon>
                      </Group>
                    </Group>
                  )}
                </li>
              )
            })}
          </ul>
        )}
      </Stack>
    </Modal>
  )
}
