// One event opened from the feed: its picture, every field in words (with the codes beside
// them), the person (or the roster person holding the card), the terminal and the door.
import { Badge, Button, Group, Image, Modal, Stack, Table, Text } from '@mantine/core'
import { useEffect } from 'react'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { eventGroup, eventTypeName, verifyModeName } from '@shared/event-types'
import type { AccessEvent } from '@shared/model'
import { useEventsText } from '../../i18n/feature-hooks'
import { usePersonDrawer } from '../person-drawer/store'
import { useNav } from '../shell/nav-store'
import { tableLang } from './EventRow'
import { useEvents } from './store'

export function EventDetail({
  event,
  deviceName,
  onClose,
}: {
  event: AccessEvent | null
  deviceName: string
  onClose: () => void
}) {
  const { t } = useEventsText()
  const { i18n } = useTranslation()
  const url = useEvents((s) => (event ? s.pictures[event.id] : undefined))
  const load = useEvents((s) => s.picture)
  const go = useNav((s) => s.go)
  const openPerson = usePersonDrawer((s) => s.open)
  useEffect(() => {
    if (event?.hasPicture) load(event.id)
  }, [event, load])
  if (!event) return null
  const lang = tableLang(i18n.language)
  const group = eventGroup(event.major, event.minor)
  const employeeNo = event.employeeNo ?? event.cardOwner?.employeeNo ?? null
  const rows: [string, ReactNode][] = [
    [t('detail.type'), eventTypeName(event.major, event.minor, lang)],
    [t('detail.code'), `${event.major}.${event.minor}`],
    [t('detail.group'), t(`detail.groups.${group}`)],
    [t('detail.time'), `${new Date(event.time).toLocaleString(i18n.language)} (${event.time})`],
    [t('detail.result'), event.granted === null ? '—' : event.granted ? t('granted') : t('denied')],
    [t('detail.person'), event.name ?? '—'],
    [t('detail.employeeNo'), event.employeeNo ?? '—'],
    [t('detail.cardNo'), event.cardNo ?? '—'],
    ...(event.idCardNo ? [[t('detail.idCardNo'), event.idCardNo] as [string, ReactNode]] : []),
    [
      t('detail.cardHolder'),
      event.cardOwner ? `${event.cardOwner.name} (${event.cardOwner.employeeNo})` : '—',
    ],
    [t('detail.terminal'), deviceName],
    [t('detail.door'), event.doorNo !== null ? t('door', { n: event.doorNo }) : '—'],
    [
      t('detail.verifyMode'),
      event.verifyMode ? `${verifyModeName(event.verifyMode, lang)} (${event.verifyMode})` : '—',
    ],
    [t('detail.serialNo'), String(event.serialNo)],
    [t('detail.eventId'), event.id],
  ]
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('detail.title')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('detail.close') }}
      data-testid="event-detail"
    >
      <Group align="flex-start" wrap="nowrap" gap="lg">
        <Stack w={200} gap="xs">
          {url ? (
            <Image
              src={url}
              alt={t('pictureOf', { time: new Date(event.time).toLocaleString(i18n.language) })}
              radius="md"
              data-testid="event-detail-picture"
            />
          ) : (
            <Text size="sm" c="dimmed">
              {event.pictureRemoved ? t('pictureRemoved') : t('detail.noPicture')}
            </Text>
          )}
          <Badge
            color={event.granted === false ? 'red' : event.granted ? 'green' : 'gray'}
            variant="light"
          >
            {t(`detail.groups.${group}`)}
          </Badge>
        </Stack>
        <Table withRowBorders={false} verticalSpacing={4} data-testid="event-detail-fields">
          <Table.Tbody>
            {rows.map(([label, value]) => (
              <Table.Tr key={label}>
                <Table.Th w={190}>
                  <Text size="sm" c="dimmed">
                    {label}
                  </Text>
                </Table.Th>
                <Table.Td>
                  <Text size="sm">{value}</Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Group>
      <Group justify="flex-end" mt="md">
        {employeeNo && (
          <Button
            variant="light"
            onClick={() => {
              onClose()
              go('persons')
              openPerson(employeeNo)
            }}
          >
            {t('detail.openPerson')}
          </Button>
        )}
        <Button variant="default" onClick={onClose}>
          {t('detail.close')}
        </Button>
      </Group>
    </Modal>
  )
}
