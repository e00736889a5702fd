import {
  Alert,
  Button,
  FileButton,
  Group,
  Modal,
  Progress,
  ScrollArea,
  Stack,
  Table,
  Text,
} from '@mantine/core'
import { isReasonCode, reasonText } from '@shared/reason-text'
import { IconCircleCheck, IconFileSpreadsheet } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { usePersonImportText } from '../../i18n/feature-hooks'
import { useShallow } from 'zustand/react/shallow'
import { useErrorText } from '../../lib/error-text'
import { usePersonImport } from './store'

export function ImportDialog() {
  const { t } = usePersonImportText()
  const { t: tc, i18n } = useTranslation()
  const errorText = useErrorText()
  const s = usePersonImport(useShallow((s) => s))
  const kb = s.file ? Math.max(1, Math.round(s.file.size / 1024)) : 0
  const err = s.error ? errorText(s.error) : null
  return (
    <Modal
      opened={s.opened}
      onClose={s.close}
      title={t('title')}
      size="lg"
      closeButtonProps={{ 'aria-label': tc('common.close') }}
    >
      <Stack gap="sm">
        <Text size="sm">{t('intro')}</Text>
        <Text size="sm" c="dimmed">
          {t('allOrNothing')}
        </Text>
        <Group gap="sm">
          <FileButton accept=".csv,text/csv" onChange={s.pick}>
            {(props) => (
              <Button
                {...props}
                variant="default"
                disabled={s.running}
                leftSection={<IconFileSpreadsheet size={16} aria-hidden />}
              >
                {t('pick')}
              </Button>
            )}
          </FileButton>
          {s.file && (
            <Text size="sm" data-testid="import-file">
              {t('file', { name: s.file.name, kb })}
            </Text>
          )}
        </Group>
        {s.running && (
          <Stack gap={4} role="status">
            <Text size="sm">{t('running', { name: s.file?.name ?? '' })}</Text>
            <Progress
              value={100}
              animated
              striped
              aria-label={t('running', { name: s.file?.name ?? '' })}
            />
          </Stack>
        )}
        {s.report && (
          <Alert
            color="green"
            variant="light"
            icon={<IconCircleCheck size={18} aria-hidden />}
            role="status"
            data-testid="import-done"
          >
            {t('done', { ...s.report })}
          </Alert>
        )}
        {s.error && err && (
          <Alert
            color="red"
            variant="light"
            role="alert"
            title={s.lines.length ? t('refused') : err.title}
            data-testid="import-refused"
          >
            {s.lines.length
              ? t('refusedBody', { count: s.lines.length + s.more })
              : `${err.advice ?? ''} ${tc('errors.detail', { message: err.detail })}`}
          </Alert>
        )}
        {s.lines.length > 0 && (
          <ScrollArea.Autosize mah={260} type="auto">
            <Table
              striped
              withTableBorder
              aria-label={t('errorsLabel')}
              data-testid="import-errors"
            >
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={70}>{t('line')}</Table.Th>
                  <Table.Th>{t('problem')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {s.lines.map((l, i) => (
                  <Table.Tr key={`${l.line}-${i}`}>
                    <Table.Td>{l.line}</Table.Td>
                    <Table.Td>
                      {l.reason && isReasonCode(l.reason.code)
                        ? reasonText(l.reason, i18n.language.startsWith('zh') ? 'zh' : 'en')
                        : l.message}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            {s.more > 0 && (
              <Text size="xs" c="dimmed" mt={4}>
                {t('more', { count: s.more })}
              </Text>
            )}
          </ScrollArea.Autosize>
        )}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={s.close} disabled={s.running}>
            {s.report ? tc('common.close') : tc('common.cancel')}
          </Button>
          {!s.report && (
            <Button onClick={() => void s.start()} disabled={!s.file} loading={s.running}>
              {t('start')}
            </Button>
          )}
        </Group>
      </Stack>
    </Modal>
  )
}
