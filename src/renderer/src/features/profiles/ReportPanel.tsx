import { Button, Group, Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { RenderedReport, ReportLang } from '@shared/contract/report'
import { useProfilesText } from '../../i18n/feature-hooks'
import { useErrorText } from '../../lib/error-text'
import { notify } from '../../lib/notify'
import { station } from '../../lib/station'
import { useBusy } from '../../lib/use-busy'
import { base64Bytes, saveFile } from './save-file'

/** The commissioning report, read from the terminals now: HTML or PDF, English or Chinese. */
export function ReportPanel() {
  const { t } = useProfilesText()
  const { i18n } = useTranslation()
  const errorText = useErrorText()
  const [lang, setLang] = useState<ReportLang>(i18n.language.startsWith('zh') ? 'zh' : 'en')
  const [last, setLast] = useState<RenderedReport | null>(null)
  const [busy, run] = useBusy()
  const make = (format: 'html' | 'pdf') =>
    run(async () => {
      const r = await station.report.render({ format, lang })
      if (!r.ok) {
        const e = errorText(r.error)
        notify({ color: 'red', title: e.title, message: e.detail })
        return
      }
      setLast(r.value)
      saveFile(
        r.value.fileName,
        r.value.encoding === 'base64' ? base64Bytes(r.value.content) : r.value.content,
        r.value.mime,
      )
      for (const note of r.value.notes) notify({ color: 'orange', message: note })
    })
  return (
    <Paper withBorder p="md">
      <Stack gap="xs">
        <Title order={4}>{t('reportTitle')}</Title>
        <Text size="sm" c="dimmed">
          {t('reportIntro')}
        </Text>
        <Group>
          <SegmentedControl
            aria-label={t('language')}
            value={lang}
            onChange={(v) => setLang(v as ReportLang)}
            data={[
              { value: 'en', label: 'English' },
              { value: 'zh', label: '中文' },
            ]}
          />
          <Button onClick={() => void make('html')} loading={busy} data-testid="report-html">
            {t('openHtml')}
          </Button>
          <Button
            variant="light"
            onClick={() => void make('pdf')}
            loading={busy}
            data-testid="report-pdf"
          >
            {t('downloadPdf')}
          </Button>
        </Group>
        {last && (
          <Text size="sm" data-testid="report-summary">
            {last.fileName}: {t('reportSummary', last.summary)}
          </Text>
        )}
      </Stack>
    </Paper>
  )
}
