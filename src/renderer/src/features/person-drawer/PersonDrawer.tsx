import { Alert, Button, Drawer, Group, Skeleton, Stack, Text } from '@mantine/core'
import { IconEdit } from '@tabler/icons-react'
import { useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { usePersonDrawerText } from '../../i18n/feature-hooks'
import { useShallow } from 'zustand/react/shallow'
import { ErrorNotice } from '../shell/ErrorNotice'
import { usePersonForm } from '../person-form/store'
import { CardsPanel } from './CardsPanel'
import { CredentialsPanel } from './CredentialsPanel'
import { DeletePerson } from './DeletePerson'
import { DetailsPanel } from './DetailsPanel'
import { DevicesPanel } from './DevicesPanel'
import { FacePanel } from './FacePanel'
import { PersonActions } from './PersonActions'
import { usePersonDrawer } from './store'

export function PersonDrawer() {
  const { t } = usePersonDrawerText()
  const { t: tc } = useTranslation()
  const { employeeNo, person, error, close, reload } = usePersonDrawer(
    useShallow((s) => ({
      employeeNo: s.employeeNo,
      person: s.person,
      error: s.error,
      close: s.close,
      reload: s.reload,
    })),
  )
  const openEdit = usePersonForm((s) => s.openEdit)
  const opener = useRef<HTMLElement | null>(null)
  const shownFor = useRef<string | null>(null)
  if (employeeNo !== shownFor.current) {
    // remember where the user came from, before the drawer takes focus
    if (employeeNo !== null && shownFor.current === null)
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null
    shownFor.current = employeeNo
  }
  const closeAndReturn = () => {
    const no = employeeNo
    close()
    // back where the user came from: the element that opened the drawer, else the person's row
    requestAnimationFrame(() => {
      const back =
        opener.current?.isConnected && opener.current !== document.body
          ? opener.current
          : no !== null
            ? document.querySelector<HTMLElement>(`[data-employee-no="${CSS.escape(no)}"]`)
            : null
      back?.focus()
    })
  }
  return (
    <Drawer
      opened={employeeNo !== null}
      onClose={closeAndReturn}
      returnFocus={false}
      position="right"
      size={520}
      title={
        <Group gap="xs" component="span" wrap="nowrap">
          <Text fw={650} size="lg" component="span">
            {person ? person.name : t('title')}
          </Text>
          {person && (
            <Text component="span" size="sm" c="dimmed" className="mono">
              {person.employeeNo}
            </Text>
          )}
        </Group>
      }
      closeButtonProps={{ 'aria-label': tc('common.close') }}
      overlayProps={{ backgroundOpacity: 0.15 }}
    >
      {error?.code === 'NOT_FOUND' ? (
        <Alert color="yellow" variant="light">
          {t('gone')}
        </Alert>
      ) : error ? (
        <ErrorNotice error={error} onRetry={() => void reload()} />
      ) : !person ? (
        <Stack gap="sm" aria-busy="true" aria-label={t('loading')}>
          <Skeleton h={150} />
          <Skeleton h={220} />
          <Skeleton h={120} />
        </Stack>
      ) : (
        <Stack gap="sm" data-testid="person-drawer">
          <Group gap="xs">
            <Button
              variant="default"
              leftSection={<IconEdit size={16} aria-hidden />}
              onClick={() => openEdit(person)}
            >
              {tc('common.edit')}
            </Button>
            <DeletePerson person={person} />
          </Group>
          <PersonActions person={person} />
          <FacePanel name={person.name} />
          <DetailsPanel person={person} />
          <CardsPanel person={person} />
          <CredentialsPanel person={person} />
          <DevicesPanel />
        </Stack>
      )}
    </Drawer>
  )
}
