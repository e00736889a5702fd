// A screen's strings live in the translation namespace under the feature's name
// (`apply.noJobTitle`) but are left out of i18next's typed resources: i18next types every key of
// every namespace as one union, and this app's strings would take that union past the
// compiler's limit (TS2589 "Type instantiation is excessively deep" at the first t() call).
// Each feature's keys are typed here on their own instead, so a missing or misspelt key still
// fails the typecheck, and the cost grows with a feature's size, not with the whole app's.
import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'

type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>
}[keyof T & string]
type Unplural<K> = K extends `${infer Base}_${'zero' | 'one' | 'two' | 'few' | 'many' | 'other'}`
  ? Base
  : K

/** A key of a feature's English strings ("week.add"; plural keys without _one / _other). */
export type FeatureKey<Strings> = Unplural<Leaves<Strings>>
/** `t` for one feature's strings; values are interpolated as usual (`count` picks a plural). */
export type FeatureT<Strings> = (
  key: FeatureKey<Strings>,
  values?: Record<string, string | number>,
) => string

type PlainT = (key: string, values?: Record<string, string | number>) => string

/**
 * A hook giving `t` for the strings registered under `name` (features.ts), in the current
 * language; components using it re-render when the language changes.
 */
export function featureText<Strings>(name: string): () => { t: FeatureT<Strings> } {
  return function useFeatureText() {
    const { t } = useTranslation()
    const plain = t as unknown as PlainT
    const ft = useCallback<FeatureT<Strings>>(
      (key, values) => plain(`${name}.${key}`, values),
      [plain],
    )
    return { t: ft }
  }
}
