// The Schedules screen's strings are in the translation namespace under `schedules.` but are
// left out of i18next's typed resources: i18next types every key of every namespace in one
// union, and this project's resources sit right at the compiler's limit (adding ~40 keys there
// makes the first t() call fail with TS2589). Their keys are typed here instead, so a missing or
// misspelt key still fails the typecheck; schedules.zh.ts is typed by schedules.en.ts as usual.
import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import type { schedulesEn } from './schedules.en'

type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>
}[keyof T & string]
type Unplural<K> = K extends `${infer Base}_${'zero' | 'one' | 'two' | 'few' | 'many' | 'other'}`
  ? Base
  : K

/** A key of schedules.en.ts ("week.add"; plural keys without their _one / _other suffix). */
export type SchedulesKey = Unplural<Leaves<typeof schedulesEn>>
export type SchedulesT = (key: SchedulesKey, values?: Record<string, string | number>) => string

type PlainT = (key: string, values?: Record<string, string | number>) => string

/** `t` for the Schedules screen's strings, in the current language (re-renders on a change). */
export function useSchedulesText(): { t: SchedulesT } {
  const { t } = useTranslation()
  const plain = t as unknown as PlainT
  const st = useCallback<SchedulesT>((key, values) => plain(`schedules.${key}`, values), [plain])
  return { t: st }
}
