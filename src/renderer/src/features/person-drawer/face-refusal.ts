import type { TFunction } from 'i18next'
import type { AppError } from '../../../../shared/result'

/** The station's reason for refusing a picture (details.reason), in the operator's language. */
export function faceRefusal(t: TFunction, error: AppError): string | null {
  const d = error.details ?? {}
  switch (d.reason) {
    case 'notAnImage':
      return t('drawer.faceRefused.notAnImage')
    case 'tooSmall':
      return t('drawer.faceRefused.tooSmall', {
        width: Number(d.width),
        height: Number(d.height),
        minSide: Number(d.minSide),
      })
    case 'tooLarge':
      return t('drawer.faceRefused.tooLarge')
    default:
      return null
  }
}
