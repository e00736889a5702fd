import { Badge, Box, Group, Text } from '@mantine/core'
import { IconPhotoOff, IconPhotoX } from '@tabler/icons-react'
import type { EventsT } from '../../i18n/feature-hooks'
import { memo, useEffect } from 'react'
import type { AccessEvent } from '@shared/model'
import { eventGroup, eventTypeName, verifyModeName, type Lang } from '@shared/event-types'
import { useEvents } from './store'
import { HealthNote } from './HealthNote'

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

/** The table's language for an i18n language ("zh", "zh-CN" → zh; anything else → en). */
export const tableLang = (language: string): Lang => (language.startsWith('zh') ? 'zh' : 'en')

/** Who the event is about: its own name, else the roster person holding its card, else the card. */
export function whoOf(event: AccessEvent, t: EventsT): string {
  if (event.name) return event.name
  if (event.cardOwner && event.cardNo)
    return t('cardHolder', { name: event.cardOwner.name, cardNo: event.cardNo })
  if (event.cardNo) return t('card', { cardNo: event.cardNo })
  if (event.idCardNo) return t('idCard', { idCardNo: event.idCardNo })
  return event.kind === 'access' ? t('unknownPerson') : t('noPerson')
}

/** One event: picture, time, person, terminal and door, what happened, the outcome. Opens on click. */
export const EventRow = memo(function EventRow({
  event,
  deviceName,
  top,
  index,
  t,
  language,
  onOpen,
}: {
  event: AccessEvent
  deviceName: string
  top: number
  index: number
  t: EventsT
  language: string
  onOpen: (event: AccessEvent) => void
}) {
  const lang = tableLang(language)
  const group = eventGroup(event.major, event.minor)
  const system = group === 'system'
  const tone =
    event.granted === false
      ? 'red'
      : group === 'alarm'
        ? 'orange'
        : event.granted
          ? 'green'
          : 'gray'
  const outcome =
    event.granted === true
      ? t('granted')
      : event.granted === false
        ? t('denied')
        : system
          ? t('system')
          : group === 'alarm'
            ? t('event.alarm')
            : t('event.door')
  const typeName = eventTypeName(event.major, event.minor, lang)
  const employeeNo = event.employeeNo ?? event.cardOwner?.employeeNo ?? null
  const details = [
    employeeNo,
    typeName,
    event.verifyMode ? t('verify', { mode: verifyModeName(event.verifyMode, lang) }) : null,
  ].filter((x): x is string => x !== null && x !== '')
  const time = new Date(event.time)
  const marked = tone === 'red' || tone === 'orange'
  const open = () => onOpen(event)
  return (
    <div
      role="listitem"
      data-index={index}
      data-testid="event-row"
      data-event-id={event.id}
      data-tone={tone}
      data-group={group}
      tabIndex={0}
      aria-label={`${typeName} · ${t('open')}`}
      onClick={open}
      onKeyDown={(e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault()
          open()
        }
      }}
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
        cursor: 'pointer',
        borderBottom: '1px solid var(--mantine-color-default-border)',
        borderLeft: `4px solid ${marked ? `var(--mantine-color-${tone}-7)` : 'transparent'}`,
        background: marked
          ? `var(--mantine-color-${tone}-light)`
          : system
            ? 'var(--mantine-color-default-hover)'
            : undefined,
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
        <Text
          size="sm"
          fw={system ? 400 : 500}
          c={system ? 'dimmed' : undefined}
          truncate
          data-testid="event-who"
        >
          {system ? typeName : whoOf(event, t)}
        </Text>
        <Text
          size="xs"
          c={event.granted === false ? 'red.9' : 'dimmed'}
          truncate
          data-testid="event-what"
        >
          {(system ? details.filter((d) => d !== typeName) : details).join(' · ')}
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
