import { Badge, Button, Paper, Table, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useApplyText } from '../../i18n/feature-hooks'
import type { ApplyJob } from '@shared/model'
import { jobTotals, useApply } from './store'

export function JobHistory({ jobs, current }: { jobs: ApplyJob[]; current: string | null }) {
  const { t } = useApplyText()
  const { i18n } = useTranslation()
  const show = useApply((s) => s.show)
  if (jobs.length < 2) return null
  return (
    <Paper withBorder p="md" radius="md">
      <Title order={2} size="h4" mb="xs">
        {t('history')}
      </Title>
      <Table aria-label={t('historyLabel')} verticalSpacing={4}>
        <Table.Tbody>
          {jobs.map((job) => {
            const totals = jobTotals(job)
            return (
              <Table.Tr key={job.id} aria-current={job.id === current ? 'true' : undefined}>
                <Table.Td>
                  <Text size="sm">{new Date(job.createdAt).toLocaleString(i18n.language)}</Text>
                </Table.Td>
                <Table.Td>
                  <Badge
                    variant="dot"
                    color={job.state === 'failed' ? 'red' : job.state === 'done' ? 'green' : 'blue'}
                  >
                    {t(`state.${job.state}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c="dimmed">
                    {t('counts', totals)}
                  </Text>
                </Table.Td>
                <Table.Td ta="right">
                  {job.id !== current && (
                    <Button size="xs" variant="subtle" onClick={() => void show(job.id)}>
                      {t('showJob')}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            )
          })}
        </Table.Tbody>
      </Table>
    </Paper>
  )
}
