import type { PersonDrawerT } from '../../i18n/feature-hooks'
import type { AppError } from '@shared/result'

/** The station's reason for refusing a picture (details.reason), in the operator's language. */
export function faceRefusal(t: PersonDrawerT, error: AppError): string | null {
  const d = error.details ?? {}
  switch (d.reason) {
    case 'notAnImage':
      return t('faceRefused.notAnImage')
    case 'tooSmall':
      return t('faceRefused.tooSmall', {
        width: Number(d.width),
        height: Number(d.height),
        minSide: Number(d.minSide),
      })
    case 'noFace':
      return t('faceRefused.noFace')
    case 'tooLarge':
      return t('faceRefused.tooLarge')
    default:
      return null
  }
}
