// Terminal › Picture: "Restore picture defaults" (guide 21.14.5), confirmed; the section's
// documents are read again afterwards so the restored values show.
import { useTerminalMoreText } from '../../../i18n/feature-hooks'
import { useErrorText } from '../../../lib/error-text'
import { notify } from '../../../lib/notify'
import { station } from '../../../lib/station'
import type { SectionProps } from '../sections'
import { useTerminal } from '../store'
import { ConfirmAction } from './ConfirmAction'

export function PictureRestore({ device }: SectionProps) {
  const { t } = useTerminalMoreText()
  const errorText = useErrorText()
  return (
    <ConfirmAction
      label={t('picture.restore')}
      question={t('picture.restoreConfirm')}
      yes={t('picture.confirm')}
      cancel={t('picture.cancel')}
      disabled={device.health !== 'online'}
      run={async () => {
        const r = await station.picture.restoreDefaults({ deviceId: device.id, confirm: true })
        if (!r.ok) {
          const e = errorText(r.error)
          notify({ color: 'red', title: e.title, message: e.words })
          return
        }
        notify({ color: 'green', message: t('picture.restored') })
        useTerminal.getState().reread(device.id)
      }}
    />
  )
}
