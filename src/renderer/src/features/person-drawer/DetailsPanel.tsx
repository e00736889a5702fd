import { Badge, Group, Paper, Table, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { PersonDetail } from '../../../../shared/model'
import { TemplateNames } from '../schedules/TemplateNames'

const shortTime = (s: string) => s.replace('T', ' ').slice(0, 16)

export function DetailsPanel({ person }: { person: PersonDetail }) {
  const { t, i18n } = useTranslation()
  const rows: [string, React.ReactNode, string][] = [
    [t('drawer.employeeNo'), <span className="mono">{person.employeeNo}</span>, 'employeeNo'],
    [t('drawer.userType'), t(`persons.userType.${person.userType}`), 'userType'],
    [t('drawer.gender'), t(`persons.gender.${person.gender}`), 'gender'],
    [t('drawer.group'), person.groupName || '—', 'group'],
    [
      t('drawer.validity'),
      person.valid.enable
        ? t('drawer.validRange', {
            begin: shortTime(person.valid.beginTime),
            end: shortTime(person.valid.endTime),
          })
        : t('drawer.validAlways'),
      'validity',
    ],
    [
      t('drawer.doorRights'),
      person.doorRights.length ? (
        <Group gap={4}>
          {person.doorRights.map((d) => (
            <Badge key={d} variant="outline" size="sm">
              {d}
            </Badge>
          ))}
        </Group>
      ) : (
        t('drawer.noDoors')
      ),
      'doors',
    ],
    [t('drawer.plan'), <TemplateNames list={person.planTemplateNo} />, 'plan'],
    [t('drawer.pin'), person.hasPin ? t('drawer.pinSet') : t('drawer.pinNone'), 'pin'],
    [t('drawer.updated'), new Date(person.updatedAt).toLocaleString(i18n.language), 'updated'],
  ]
  return (
    <Paper withBorder p="md" radius="md">
      <Title order={3} size="h5" mb="xs">
        {t('drawer.details')}
      </Title>
      <Table variant="vertical" withRowBorders={false} verticalSpacing={4} layout="fixed">
        <Table.Tbody>
          {rows.map(([label, value, key]) => (
            <Table.Tr key={key}>
              <Table.Th w={130} fw={500} c="dimmed" bg="transparent">
                {label}
              </Table.Th>
              <Table.Td data-testid={`detail-${key}`}>{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {person.notes && (
        <Text size="sm" mt="xs" style={{ whiteSpace: 'pre-wrap' }}>
          {person.notes}
        </Text>
      )}
    </Paper>
  )
}
