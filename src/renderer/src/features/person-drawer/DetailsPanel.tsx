import { Badge, Group, Paper, Table, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { usePersonDrawerText, usePersonsText } from '../../i18n/feature-hooks'
import type { PersonDetail } from '@shared/model'
import { TemplateNames } from '../schedules/TemplateNames'

const shortTime = (s: string) => s.replace('T', ' ').slice(0, 16)

export function DetailsPanel({ person }: { person: PersonDetail }) {
  const { t } = usePersonDrawerText()
  const { t: tPersons } = usePersonsText()
  const { i18n } = useTranslation()
  const rows: [string, React.ReactNode, string][] = [
    [t('employeeNo'), <span className="mono">{person.employeeNo}</span>, 'employeeNo'],
    [t('userType'), tPersons(`userType.${person.userType}`), 'userType'],
    [t('gender'), tPersons(`gender.${person.gender}`), 'gender'],
    [t('group'), (person.groups ?? [person.groupName]).filter(Boolean).join(', ') || '—', 'group'],
    [
      t('validity'),
      person.valid.enable
        ? t('validRange', {
            begin: shortTime(person.valid.beginTime),
            end: shortTime(person.valid.endTime),
          })
        : t('validAlways'),
      'validity',
    ],
    [
      t('doorRights'),
      person.doorRights.length ? (
        <Group gap={4}>
          {person.doorRights.map((d) => (
            <Badge key={d} variant="outline" size="sm">
              {d}
            </Badge>
          ))}
        </Group>
      ) : (
        t('noDoors')
      ),
      'doors',
    ],
    [t('plan'), <TemplateNames list={person.planTemplateNo} />, 'plan'],
    [t('pin'), person.hasPin ? t('pinSet') : t('pinNone'), 'pin'],
    [t('updated'), new Date(person.updatedAt).toLocaleString(i18n.language), 'updated'],
  ]
  return (
    <Paper withBorder p="md" radius="md">
      <Title order={3} size="h5" mb="xs">
        {t('details')}
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
