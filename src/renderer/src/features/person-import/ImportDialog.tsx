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
import { IconCircleCheck, IconFileSpreadsheet } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { useShallow } from 'zustand/react/shallow'
import { useErrorText } from '../../lib/error-text'
import { usePersonImport } from './store'

export function ImportDialog() {
  const { t } = useTranslation()
  const errorText = useErrorText()
  const s = usePersonImport(useShallow((s) => s))
  const kb = s.file ? Math.max(1, Math.round(s.file.size / 1024)) : 0
  const err = s.error ? errorText(s.error) : null
  return (
    <Modal
      opened={s.opened}
      onClose={s.close}
      title={t('import.title')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Stack gap="sm">
        <Text size="sm">{t('import.intro')}</Text>
        <Text size="sm" c="dimmed">
          {t('import.allOrNothing')}
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
                {t('import.pick')}
              </Button>
            )}
          </FileButton>
          {s.file && (
            <Text size="sm" data-testid="import-file">
              {t('import.file', { name: s.file.name, kb })}
            </Text>
          )}
        </Group>
        {s.running && (
          <Stack gap={4} role="status">
            <Text size="sm">{t('import.running', { name: s.file?.name ?? '' })}</Text>
            <Progress
              value={100}
              animated
              striped
              aria-label={t('import.running', { name: s.file?.name ?? '' })}
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
            {t('import.done', { ...s.report })}
          </Alert>
        )}
        {s.error && err && (
          <Alert
            color="red"
            variant="light"
            role="alert"
            title={s.lines.length ? t('import.refused') : err.title}
            data-testid="import-refused"
          >
            {s.lines.length
              ? t('import.refusedBody', { count: s.lines.length + s.more })
              : `${err.advice ?? ''} ${t('errors.detail', { message: err.detail })}`}
          </Alert>
        )}
        {s.lines.length > 0 && (
          <ScrollArea.Autosize mah={260} type="auto">
            <Table
              striped
              withTableBorder
              aria-label={t('import.errorsLabel')}
              data-testid="import-errors"
            >
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={70}>{t('import.line')}</Table.Th>
                  <Table.Th>{t('import.problem')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {s.lines.map((l, i) => (
                  <Table.Tr key={`${l.line}-${i}`}>
                    <Table.Td>{l.line}</Table.Td>
                    <Table.Td>{l.message}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            {s.more > 0 && (
              <Text size="xs" c="dimmed" mt={4}>
                {t('import.more', { count: s.more })}
              </Text>
            )}
          </ScrollArea.Autosize>
        )}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={s.close} disabled={s.running}>
            {s.report ? t('common.close') : t('common.cancel')}
          </Button>
          {!s.report && (
            <Button onClick={() => void s.start()} disabled={!s.file} loading={s.running}>
              {t('import.start')}
            </Button>
          )}
        </Group>
      </Stack>
    </Modal>
  )
}
