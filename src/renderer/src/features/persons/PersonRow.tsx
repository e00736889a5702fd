import { Badge, Group, Skeleton } from '@mantine/core'
import { IconFaceId, IconFingerprint, IconEye, IconId } from '@tabler/icons-react'
import { memo } from 'react'
import { useTranslation } from 'react-i18next'
import type { PersonSummary } from '../../../../shared/model'

interface Props {
  index: number
  person: PersonSummary | undefined
  top: number
  height: number
  selected: boolean
  onOpen(employeeNo: string): void
  onMove(index: number, delta: number): void
}

export const PersonRow = memo(function PersonRow({
  index,
  person,
  top,
  height,
  selected,
  onOpen,
  onMove,
}: Props) {
  const { t } = useTranslation()
  const style = {
    position: 'absolute' as const,
    top: 0,
    left: 0,
    right: 0,
    height,
    transform: `translateY(${top}px)`,
  }
  if (!person)
    return (
      <div
        role="row"
        aria-rowindex={index + 2}
        className="person-row"
        style={style}
        data-index={index}
        aria-busy="true"
      >
        <span role="gridcell" aria-label={t('persons.rowLoading')}>
          <Skeleton height={10} width="70%" />
        </span>
      </div>
    )
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      aria-selected={selected}
      tabIndex={0}
      className="person-row"
      style={style}
      data-index={index}
      data-testid="person-row"
      onClick={() => onOpen(person.employeeNo)}
      onKeyDown={(e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault()
          onOpen(person.employeeNo)
        } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
          e.preventDefault()
          onMove(index, e.key === 'ArrowDown' ? 1 : -1)
        }
      }}
    >
      <span role="gridcell" className="mono">
        {person.employeeNo}
      </span>
      <span role="gridcell" style={{ fontWeight: 500 }}>
        {person.name}
      </span>
      <span role="gridcell">{person.groupName}</span>
      <span role="gridcell">{t(`persons.userType.${person.userType}`)}</span>
      <span role="gridcell">
        <Group gap={4} wrap="nowrap">
          {person.hasFace && (
            <Badge
              tt="none"
              size="sm"
              variant="light"
              color="teal"
              leftSection={<IconFaceId size={12} aria-hidden />}
            >
              {t('persons.cred.face')}
            </Badge>
          )}
          {person.cards > 0 && (
            <Badge
              tt="none"
              size="sm"
              variant="light"
              color="blue"
              leftSection={<IconId size={12} aria-hidden />}
            >
              {t('persons.cred.cards', { count: person.cards })}
            </Badge>
          )}
          {person.fingerprints > 0 && (
            <Badge
              tt="none"
              size="sm"
              variant="light"
              color="grape"
              leftSection={<IconFingerprint size={12} aria-hidden />}
            >
              {t('persons.cred.fingerprints', { count: person.fingerprints })}
            </Badge>
          )}
          {person.irises > 0 && (
            <Badge
              tt="none"
              size="sm"
              variant="light"
              color="orange"
              leftSection={<IconEye size={12} aria-hidden />}
            >
              {t('persons.cred.irises', { count: person.irises })}
            </Badge>
          )}
        </Group>
      </span>
    </div>
  )
})
