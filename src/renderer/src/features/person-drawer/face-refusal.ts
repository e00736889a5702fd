import type { PersonDrawerT } from '../../i18n/feature-hooks'
import type { AppError } from '@shared/result'

/** The station's reason for refusing a picture (details.reason), in the operator's language. */
export function faceRefusal(t: PersonDrawerT, error: AppError): string | null {
  const d = error.details ?? {}
  const reason = d.reason as { code?: unknown } | undefined
  switch (reason?.code) {
    case 'faceNotAnImage':
    case 'faceNoSize':
      return t('faceRefused.notAnImage')
    case 'faceTooSmall':
      return t('faceRefused.tooSmall', {
        width: Number(d.width),
        height: Number(d.height),
        minSide: Number(d.minSide),
      })
    case 'faceBlank':
      return t('faceRefused.noFace')
    case 'faceTooLarge':
      return t('faceRefused.tooLarge')
    default:
      return null
  }
}
