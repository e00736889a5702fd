import { useState } from 'react'
import type { AppError, Result } from '@shared/result'
import { useSchedulesText } from '../../i18n/feature-hooks'
import { notify } from '../../lib/notify'
import { useBusy } from '../../lib/use-busy'
import type { Problems } from './plan-issues'
import { useShown } from './use-shown'

/**
 * What every definition editor shares: problems shown as typed, the "number already used"
 * check for a new definition, and Save (nothing sent while problems remain; progress; the
 * station's refusal kept for the modal). `modal` is spread into EditorModal.
 */
export function useDefinitionSave<T>(o: {
  problems: Problems
  /** The number typed, and those already used (checked only for a new definition). */
  no: number
  taken: readonly number[] | null
  /** "week plan 3" and the like, for messages. */
  thing(no: number): string
  save(): Promise<Result<T>>
  savedNo(saved: T): number
  onClose(): void
}) {
  const { t } = useSchedulesText()
  const [failure, setFailure] = useState<AppError | null>(null)
  const [busy, run] = useBusy()
  const { shown, touch, submit, submitted } = useShown(o.problems)
  const numberTaken =
    o.taken?.includes(o.no) === true ? t('field.numberTaken', { thing: o.thing(o.no) }) : null
  const blocked = Object.keys(o.problems).length > 0 || numberTaken !== null

  const onSave = async () => {
    submit()
    if (blocked) return
    const r = await run(o.save)
    if (r.ok) {
      notify({ color: 'green', message: t('saved', { thing: o.thing(o.savedNo(r.value)) }) })
      o.onClose()
    } else setFailure(r.error)
  }

  /** A problem's text for a field, once it is shown. */
  const problem = (key: string): string | undefined => {
    const p = shown(key)
    return p ? t(`invalid.${p}`) : undefined
  }

  return {
    shown,
    touch,
    problem,
    numberTaken,
    modal: {
      onClose: o.onClose,
      onSubmit: () => void onSave(),
      busy,
      blocked: submitted && blocked,
      failure,
    },
  }
}
