import { Button, Menu } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconDownload, IconFileExport, IconPhoto, IconTemplate } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { usePersonImportText } from '../../i18n/feature-hooks'
import { useErrorText } from '../../lib/error-text'
import { station } from '../../lib/station'
import { usePersonsList } from '../persons/list-store'
import { downloadBase64 } from './file-base64'

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/** Export the persons (the group shown, or all) as .xlsx / .csv, faces as a ZIP; templates. */
export function PersonFilesMenu() {
  const { t } = usePersonImportText()
  const { i18n } = useTranslation()
  const errorText = useErrorText()
  const group = usePersonsList((s) => s.filters.group)
  const [busy, setBusy] = useState(false)
  const lang = i18n.language.startsWith('zh') ? 'zh' : 'en'
  const fail = (error: Parameters<typeof errorText>[0]) => {
    const e = errorText(error)
    notifications.show({ color: 'red', title: e.title, message: e.detail })
  }
  const exportAs = async (format: 'xlsx' | 'csv', photos: boolean) => {
    setBusy(true)
    const r = await station.persons.exportFile({
      format,
      lang,
      photos,
      ...(group ? { department: group } : {}),
    })
    setBusy(false)
    if (!r.ok) return fail(r.error)
    downloadBase64(r.value.fileName, r.value.dataBase64, format === 'xlsx' ? XLSX : 'text/csv')
    if (r.value.photosZipBase64)
      downloadBase64('photos.zip', r.value.photosZipBase64, 'application/zip')
    notifications.show({ message: t('exported', { count: r.value.persons }) })
  }
  const template = async (format: 'xlsx' | 'csv') => {
    const r = await station.persons.template({ format, lang })
    if (!r.ok) return fail(r.error)
    downloadBase64(r.value.fileName, r.value.dataBase64, format === 'xlsx' ? XLSX : 'text/csv')
  }
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button
          variant="default"
          loading={busy}
          leftSection={<IconFileExport size={16} aria-hidden />}
        >
          {t('exportMenu')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {group ? <Menu.Label>{t('exportFiltered', { group })}</Menu.Label> : null}
        <Menu.Item
          leftSection={<IconDownload size={16} aria-hidden />}
          onClick={() => void exportAs('xlsx', false)}
        >
          {t('exportXlsx')}
        </Menu.Item>
        <Menu.Item
          leftSection={<IconDownload size={16} aria-hidden />}
          onClick={() => void exportAs('csv', false)}
        >
          {t('exportCsv')}
        </Menu.Item>
        <Menu.Item
          leftSection={<IconPhoto size={16} aria-hidden />}
          onClick={() => void exportAs('xlsx', true)}
        >
          {t('exportPhotos')}
        </Menu.Item>
        <Menu.Divider />
        <Menu.Item
          leftSection={<IconTemplate size={16} aria-hidden />}
          onClick={() => void template('xlsx')}
        >
          {t('template')}
        </Menu.Item>
        <Menu.Item
          leftSection={<IconTemplate size={16} aria-hidden />}
          onClick={() => void template('csv')}
        >
          {t('templateCsv')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  )
}
