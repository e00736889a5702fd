// Who did what, when, to which person or terminal: the audit log, newest first, searchable and
// exported as CSV (the same log `npm run cli -- audit` reads).
import { Badge, EmptyState, Group, Loader, Paper, Table, Text } from '@mantine/core'
import { IconHistory } from '@tabler/icons-react'
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { useShallow } from 'zustand/react/shallow'
import type { AuditEntry } from '@shared/contract/audit'
import { useAuditText } from '../../i18n/feature-hooks'
import { ErrorNotice } from '../shell/ErrorNotice'
import { AuditFilters } from './AuditFilters'
import { useAudit } from './store'

const detailsText = (d: AuditEntry['details']) =>
  d
    ? JSON.stringify(d)
        .replace(/^\{|\}$/g, '')
        .replace(/"/g, '')
        .replace(/,/g, ', ')
    : ''

export function AuditPage() {
  const { t } = useAuditText()
  const { t: tc, i18n } = useTranslation()
  const { entries, total, searching, error, filter, search } = useAudit(
    useShallow((s) => ({
      entries: s.entries,
      total: s.total,
      searching: s.searching,
      error: s.error,
      filter: s.filter,
      search: s.search,
    })),
  )
  useEffect(() => void search({}), [search])
  const narrowed = Object.keys(filter).length > 0
  const when = (at: string) =>
    new Date(at).toLocaleString(i18n.language, { dateStyle: 'medium', timeStyle: 'medium' })

  return (
    <div style={{ display: 'flex', flexDirection: 'column', flex: 1, minHeight: 0, gap: 12 }}>
      <AuditFilters />
      <Group gap="sm" mih={24}>
        <Text size="sm" c="dimmed" role="status" data-testid="audit-count">
          {total === null
            ? tc('common.loading')
            : t('count', { count: total, n: total.toLocaleString(i18n.language) })}
        </Text>
        {searching && <Loader size={14} aria-hidden />}
      </Group>
      {error && <ErrorNotice error={error} onRetry={() => void search()} />}
      {total === 0 && !searching ? (
        <Paper withBorder p="xl" radius="md" maw={760}>
          {narrowed ? (
            <Text size="sm">{t('noMatch')}</Text>
          ) : (
            <EmptyState
              icon={<IconHistory size={28} aria-hidden />}
              variant="light"
              title={t('empty')}
              description={t('emptyHint')}
            />
          )}
        </Paper>
      ) : (
        <Table.ScrollContainer minWidth={720} style={{ flex: 1, minHeight: 0 }}>
          <Table striped stickyHeader aria-label={t('listLabel')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('when')}</Table.Th>
                <Table.Th>{t('operator')}</Table.Th>
                <Table.Th>{t('what')}</Table.Th>
                <Table.Th>{t('subject')}</Table.Th>
                <Table.Th>{t('details')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {entries.map((e) => (
                <Table.Tr key={e.id} data-testid="audit-row">
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <time dateTime={e.at}>{when(e.at)}</time>
                  </Table.Td>
                  <Table.Td data-testid="audit-operator">{e.actor}</Table.Td>
                  <Table.Td>
                    <code>{e.action}</code>
                  </Table.Td>
                  <Table.Td data-testid="audit-subject">
                    <Group gap={6} wrap="nowrap">
                      <Badge variant="light" size="sm">
                        {t(`kind.${e.subjectKind}`)}
                      </Badge>
                      <span>
                        {e.subjectKind === 'other'
                          ? e.subject
                          : (e.subjectName ??
                            `${e.subject.split(':').slice(1).join(':')} ${t('gone')}`)}
                      </span>
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <Text size="xs" c="dimmed" lineClamp={2} title={detailsText(e.details)}>
                      {detailsText(e.details)}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {total !== null && total > entries.length && (
        <Text size="xs" c="dimmed">
          {t('more', { shown: entries.length, total })}
        </Text>
      )}
    </div>
  )
}
