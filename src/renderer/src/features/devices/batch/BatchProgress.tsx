import { Group, Progress, Stack, Table, Text } from '@mantine/core'
import { useBatchText } from '../../../i18n/feature-hooks'
import type { Device } from '@shared/model'
import { useReasonWords } from '../../../lib/reason-words'
import { useBatch } from './batch-store'

const COLOR = { queued: 'gray.7', running: 'blue.9', done: 'teal.9', failed: 'red.9' } as const

/** One line per terminal of the batch: its state, upgrade percent, and message. */
export function BatchProgress({ devices }: { devices: Device[] }) {
  const { t } = useBatchText()
  const reasonWords = useReasonWords()
  const rows = useBatch((s) => s.rows)
  const list = devices.filter((d) => rows[d.id])
  if (!list.length) return null
  const ok = list.filter((d) => rows[d.id]!.state === 'done').length
  const failed = list.filter((d) => rows[d.id]!.state === 'failed').length
  return (
    <Stack gap="xs" data-testid="batch-progress">
      <Text size="sm" fw={600}>
        {t('progressTitle')}
      </Text>
      <Table aria-label={t('progressTitle')}>
        <Table.Tbody>
          {list.map((d) => {
            const r = rows[d.id]!
            return (
              <Table.Tr key={d.id} data-testid="batch-row" data-state={r.state}>
                <Table.Td w={140}>
                  <Text size="sm" fw={600}>
                    {d.name}
                  </Text>
                </Table.Td>
                <Table.Td w={110}>
                  <Text size="sm" fw={700} c={COLOR[r.state]}>
                    {t(`state.${r.state}`)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Stack gap={4}>
                    {r.state === 'running' && r.percent !== undefined && (
                      <Group gap="xs">
                        <Progress
                          value={r.percent}
                          w={160}
                          aria-label={`${d.name} ${r.percent}%`}
                        />
                        <Text size="xs">
                          {r.phase} {r.percent}%
                        </Text>
                      </Group>
                    )}
                    <Text size="xs" c={r.state === 'failed' ? 'red' : 'dimmed'}>
                      {reasonWords(r.reason, r.message)}
                    </Text>
                  </Stack>
                </Table.Td>
              </Table.Tr>
            )
          })}
        </Table.Tbody>
      </Table>
      <Text size="sm" role="status" data-testid="batch-summary">
        {t('summary', { ok, failed })}
      </Text>
    </Stack>
  )
}
