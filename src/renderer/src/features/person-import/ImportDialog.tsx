import {
  Alert,
  Button,
  Checkbox,
  FileButton,
  Group,
  Modal,
  Progress,
  ScrollArea,
  Stack,
  Table,
  Text,
} from '@mantine/core'
import { problemReason } from '@shared/contract/person-files'
import { reasonText } from '@shared/reason-text'
import { IconCircleCheck, IconFileSpreadsheet, IconPhoto } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { usePersonImportText } from '../../i18n/feature-hooks'
import { useShallow } from 'zustand/react/shallow'
import { useErrorText } from '../../lib/error-text'
import { PhotoOutcomes } from './PhotoOutcomes'
import { usePersonImport } from './store'

export function ImportDialog() {
  const { t } = usePersonImportText()
  const { t: tc, i18n } = useTranslation()
  const lang = i18n.language.startsWith('zh') ? 'zh' : 'en'
  const errorText = useErrorText()
  const s = usePersonImport(useShallow((s) => s))
  const kb = s.file ? Math.max(1, Math.round(s.file.size / 1024)) : 0
  const busy = s.phase === 'checking' || s.phase === 'writing'
  const shown = s.report ?? s.preview
  const problems = shown?.problems ?? []
  const problemCount = problems.length + (shown?.moreProblems ?? 0)
  const good = s.preview ? s.preview.rows - s.preview.skipped : 0
  const err = s.error && !s.error.details?.report ? errorText(s.error) : null
  const canImport =
    s.phase === 'checked' &&
    s.preview !== null &&
    good > 0 &&
    (problemCount === 0 || s.goodRowsOnly)
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
          <FileButton
            accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={s.pick}
          >
            {(props) => (
              <Button
                {...props}
                variant="default"
                disabled={busy}
                leftSection={<IconFileSpreadsheet size={16} aria-hidden />}
              >
                {t('pick')}
              </Button>
            )}
          </FileButton>
          <FileButton accept=".zip,application/zip" onChange={s.pickPhotos}>
            {(props) => (
              <Button
                {...props}
                variant="default"
                disabled={busy}
                leftSection={<IconPhoto size={16} aria-hidden />}
                title={t('photosHint')}
                data-testid="import-photos-pick"
              >
                {t('pickPhotos')}
              </Button>
            )}
          </FileButton>
        </Group>
        {s.file && (
          <Text size="sm" data-testid="import-file">
            {t('file', { name: s.file.name, kb })}
            {s.photos ? ` · ${t('photosFile', { name: s.photos.name })}` : ''}
          </Text>
        )}
        {busy && (
          <Stack gap={4} role="status">
            <Text size="sm">
              {t(s.phase === 'checking' ? 'checking' : 'running', { name: s.file?.name ?? '' })}
            </Text>
            <Progress
              value={
                s.progress?.total ? Math.round((100 * s.progress.done) / s.progress.total) : 100
              }
              animated
              striped
              aria-label={t('running', { name: s.file?.name ?? '' })}
            />
            {s.phase === 'writing' && s.progress?.total ? (
              <Text size="xs" c="dimmed">
                {t('progress', { done: s.progress.done, total: s.progress.total })}
              </Text>
            ) : null}
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
            {t('done', {
              rows: s.report.rows - s.report.skipped,
              created: s.report.created,
              updated: s.report.updated,
              cards: s.report.cards,
            })}
            {s.report.skipped > 0 ? ` ${t('doneSkipped', { skipped: s.report.skipped })}` : ''}
          </Alert>
        )}
        {s.phase === 'checked' && problemCount === 0 && s.preview && (
          <Text size="sm" data-testid="import-checked">
            {t('checked', { rows: s.preview.rows })}
          </Text>
        )}
        {err && (
          <Alert
            color="red"
            variant="light"
            role="alert"
            title={err.title}
            data-testid="import-refused"
          >
            {`${err.advice ?? ''} ${tc('errors.detail', { message: err.detail })}`}
          </Alert>
        )}
        {!s.report && problemCount > 0 && (
          <Alert
            color="red"
            variant="light"
            role="alert"
            title={t('refused')}
            data-testid="import-refused"
          >
            {t('refusedBody', { count: problemCount })}
          </Alert>
        )}
        {problems.length > 0 && (
          <ScrollArea.Autosize mah={240} type="auto">
            <Table
              striped
              withTableBorder
              aria-label={t('errorsLabel')}
              data-testid="import-errors"
            >
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={60}>{t('row')}</Table.Th>
                  <Table.Th w={130}>{t('column')}</Table.Th>
                  <Table.Th>{t('problem')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {problems.map((p, i) => (
                  <Table.Tr key={`${p.row}-${p.column}-${i}`}>
                    <Table.Td>{p.row}</Table.Td>
                    <Table.Td>{p.column}</Table.Td>
                    <Table.Td>{reasonText(problemReason(p), lang)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            {(shown?.moreProblems ?? 0) > 0 && (
              <Text size="xs" c="dimmed" mt={4}>
                {t('more', { count: shown?.moreProblems ?? 0 })}
              </Text>
            )}
          </ScrollArea.Autosize>
        )}
        {shown && shown.photos.length > 0 && <PhotoOutcomes photos={shown.photos} />}
        {!s.report && problemCount > 0 && good > 0 && (
          <Checkbox
            checked={s.goodRowsOnly}
            onChange={(e) => s.setGoodRowsOnly(e.currentTarget.checked)}
            disabled={busy}
            label={t('goodRowsOnly', { good, bad: s.preview?.skipped ?? 0 })}
          />
        )}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={s.close} disabled={busy}>
            {s.report ? tc('common.close') : tc('common.cancel')}
          </Button>
          {!s.report && (
            <Button
              onClick={() => void s.start()}
              disabled={!canImport}
              loading={s.phase === 'writing'}
            >
              {t('start')}
            </Button>
          )}
        </Group>
      </Stack>
    </Modal>
  )
}
