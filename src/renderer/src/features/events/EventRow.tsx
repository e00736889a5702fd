import { Badge, Box, Group, Text } from '@mantine/core'
import { IconPhotoOff, IconPhotoX } from '@tabler/icons-react'
import type { EventsT } from '../../i18n/feature-hooks'
import { memo, useEffect } from 'react'
import type { AccessEvent } from '../../../../shared/model'
import { HealthNote } from './HealthNote'
import { kindOf, useEvents } from './store'

export const ROW_HEIGHT = 64

function Picture({ event, t }: { event: AccessEvent; t: EventsT }) {
  const url = useEvents((s) => s.pictures[event.id])
  const load = useEvents((s) => s.picture)
  useEffect(() => {
    if (event.hasPicture) load(event.id)
  }, [event.id, event.hasPicture, load])
  const time = new Date(event.time).toLocaleString()
  if (url)
    return (
      <img
        src={url}
        alt={t('pictureOf', { time })}
        width={42}
        height={52}
        style={{ objectFit: 'cover', borderRadius: 6 }}
        data-testid="event-picture"
      />
    )
  return (
    <Box
      w={42}
      h={52}
      style={{
        borderRadius: 6,
        display: 'grid',
        placeItems: 'center',
        background: 'var(--mantine-color-default-hover)',
      }}
    >
      {event.pictureRemoved ? (
        <IconPhotoX
          size={16}
          aria-label={t('pictureRemoved')}
          title={t('pictureRemoved')}
          data-testid="event-picture-removed"
        />
      ) : (
        !event.hasPicture && <IconPhotoOff size={16} aria-label={t('noPicture')} />
      )}
    </Box>
  )
}

/** One event: picture, time, person, terminal and door, how they verified, the outcome. */
export const EventRow = memo(function EventRow({
  event,
  deviceName,
  top,
  index,
  t,
  language,
}: {
  event: AccessEvent
  deviceName: string
  top: number
  index: number
  t: EventsT
  language: string
}) {
  const kind = kindOf(event)
  const tone =
    event.granted === false ? 'red' : kind === 'alarm' ? 'orange' : event.granted ? 'green' : 'gray'
  const outcome =
    event.granted === true
      ? t('granted')
      : event.granted === false
        ? t('denied')
        : kind === 'alarm'
          ? t('event.alarm')
          : kind === 'door'
            ? t('event.door')
            : t('event.other', { major: event.major, minor: event.minor })
  const who =
    event.name ??
    (event.cardNo
      ? t('card', { cardNo: event.cardNo })
      : kind === 'access'
        ? t('unknownPerson')
        : t('noPerson'))
  const time = new Date(event.time)
  const marked = tone === 'red' || tone === 'orange'
  return (
    <div
      role="listitem"
      data-index={index}
      data-testid="event-row"
      data-event-id={event.id}
      data-tone={tone}
      style={{
        position: 'absolute',
        top: 0,
        left: 0,
        right: 0,
        height: ROW_HEIGHT,
        transform: `translateY(${top}px)`,
        display: 'flex',
        alignItems: 'center',
        gap: 12,
        padding: '0 12px',
        borderBottom: '1px solid var(--mantine-color-default-border)',
        borderLeft: `4px solid ${marked ? `var(--mantine-color-${tone}-7)` : 'transparent'}`,
        background: marked ? `var(--mantine-color-${tone}-light)` : undefined,
      }}
    >
      <Picture event={event} t={t} />
      <Box w={150}>
        <Text size="sm" fw={500}>
          {time.toLocaleTimeString(language)}
        </Text>
        <Text size="xs" c="dimmed">
          {time.toLocaleDateString(language)}
        </Text>
      </Box>
      <Box style={{ flex: 1, minWidth: 0 }}>
        <Text size="sm" fw={500} truncate>
          {who}
        </Text>
        <Text size="xs" c="dimmed" truncate>
          {event.employeeNo ?? ''}
          {event.employeeNo && event.verifyMode ? ' · ' : ''}
          {event.verifyMode ? t('verify', { mode: event.verifyMode }) : ''}
          {event.health && <HealthNote health={event.health} t={t} />}
        </Text>
      </Box>
      <Box w={200}>
        <Text size="sm" truncate>
          {deviceName}
        </Text>
        <Text size="xs" c="dimmed">
          {event.doorNo !== null ? t('door', { n: event.doorNo }) : t('noDoor')}
        </Text>
      </Box>
      <Group w={140} justify="flex-end">
        <Badge variant="dot" color={tone} data-testid="event-outcome">
          {outcome}
        </Badge>
      </Group>
    </div>
  )
})
