// The words of the list's rows, each worded once per language and kept: a row shows a handful
// (user type, apply state, validity, credential counts) and dozens of rows re-render as the list
// scrolls or an apply moves on; looking each up in i18next every time was a steady share of the
// Persons screen's main-thread time.
import type { PersonApplyState, UserType } from '@shared/model'
import type { PersonListT, PersonsT } from '../../i18n/feature-hooks'
import type { ValidityKind } from './validity'

export interface RowWords {
  loading: string
  face: string
  userType(type: UserType): string
  applyState(state: PersonApplyState): string
  validity(kind: ValidityKind, date: string): string
  cards(count: number): string
  fingerprints(count: number): string
  irises(count: number): string
  selectRow(name: string): string
}

export function rowWords(t: PersonsT, tl: PersonListT): RowWords {
  const kept = new Map<string, string>()
  const once = (key: string, word: () => string): string => {
    let w = kept.get(key)
    if (w === undefined) {
      w = word()
      kept.set(key, w)
    }
    return w
  }
  return {
    loading: t('rowLoading'),
    face: t('cred.face'),
    userType: (type) => once(`u:${type}`, () => t(`userType.${type}`)),
    applyState: (state) => once(`a:${state}`, () => t(`applyStates.${state}`)),
    validity: (kind, date) => once(`v:${kind}:${date}`, () => tl(`validity.${kind}`, { date })),
    cards: (count) => once(`c:${count}`, () => t('cred.cards', { count })),
    fingerprints: (count) => once(`f:${count}`, () => t('cred.fingerprints', { count })),
    irises: (count) => once(`i:${count}`, () => t('cred.irises', { count })),
    selectRow: (name) => tl('selectRow', { name }),
  }
}
