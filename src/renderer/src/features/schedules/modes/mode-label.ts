// A mode in words: a verify mode (card + face …) or a door state (remain open …), in the current
// language; a name the station has no words for is shown as the terminal spells it.
import { useCallback } from 'react'
import type { ModeFamily } from '@shared/model'
import { useScheduleModesText } from '../../../i18n/feature-hooks'
import { scheduleModesEn } from '../../../i18n/schedule-modes.en'

type VerifyName = keyof typeof scheduleModesEn.verifyModes
type DoorName = keyof typeof scheduleModesEn.modes

export function useModeLabel(family: ModeFamily): (mode: string) => string {
  const { t } = useScheduleModesText()
  return useCallback(
    (mode: string) => {
      if (family === 'DoorStatus')
        return mode in scheduleModesEn.modes ? t(`modes.${mode as DoorName}`) : mode
      return mode in scheduleModesEn.verifyModes ? t(`verifyModes.${mode as VerifyName}`) : mode
    },
    [family, t],
  )
}
