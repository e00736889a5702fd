// State of one resource's form: the terminal's fields and values, the user's draft, inline
// problems, and Save (config.set with only what the user changed). A refusal keeps the draft.
import { useCallback, useEffect, useState } from 'react'
import type {
  ConfigChange,
  ConfigField,
  ConfigSetResult,
  ConfigValue,
} from '@shared/contract/config'
import type { AppError } from '@shared/result'
import type { TerminalT } from '../../i18n/feature-hooks'
import { useErrorDetail } from '../../lib/error-text'
import { station } from '../../lib/station'
import { fieldProblem } from './field-check'

const text = (v: ConfigValue | null | undefined): string =>
  v === null || v === undefined ? '' : String(v)

const typed = (f: ConfigField, v: string): ConfigValue =>
  f.type === 'number' ? Number(v) : f.type === 'boolean' ? v === 'true' : v

export interface ResourceForm {
  fields: ConfigField[] | null
  draft: Record<string, string>
  problems: Record<string, string>
  loadError: AppError | null
  saveError: AppError | null
  saved: ConfigChange[] | null
  /** Fields the terminal accepted but kept its own value for. */
  notApplied: string[]
  /** The terminal was renamed: the station's name followed, or a rename there is offered. */
  stationRename: ConfigSetResult['stationRename'] | null
  dirty: boolean
  edit(key: string, value: string): void
  save(): Promise<void>
  reset(): void
  reload(): void
}

export function useResourceForm(
  deviceId: string,
  resource: string,
  instance: number | null,
  t: TerminalT,
): ResourceForm {
  const errorDetail = useErrorDetail()
  const [fields, setFields] = useState<ConfigField[] | null>(null)
  const [values, setValues] = useState<Record<string, ConfigValue | null>>({})
  const [draft, setDraft] = useState<Record<string, string>>({})
  const [problems, setProblems] = useState<Record<string, string>>({})
  const [loadError, setLoadError] = useState<AppError | null>(null)
  const [saveError, setSaveError] = useState<AppError | null>(null)
  const [saved, setSaved] = useState<ConfigChange[] | null>(null)
  const [notApplied, setNotApplied] = useState<string[]>([])
  const [stationRename, setStationRename] = useState<ConfigSetResult['stationRename'] | null>(null)
  const [generation, setGeneration] = useState(0)

  useEffect(() => {
    let live = true
    const target = { deviceId, resource, ...(instance === null ? {} : { instance }) }
    void Promise.all([station.config.caps(target), station.config.get(target)]).then(
      ([caps, doc]) => {
        if (!live) return
        if (!caps.ok) return setLoadError(caps.error)
        if (!doc.ok) return setLoadError(doc.error)
        setLoadError(null)
        setFields(caps.value.fields)
        setValues(doc.value.values)
        setDraft(
          Object.fromEntries(caps.value.fields.map((f) => [f.key, text(doc.value.values[f.key])])),
        )
      },
    )
    return () => {
      live = false
    }
  }, [deviceId, resource, instance, generation])

  const changedKeys = (fields ?? []).filter(
    (f) => !f.readOnly && (draft[f.key] ?? '') !== text(values[f.key]),
  )

  const edit = useCallback((key: string, value: string) => {
    setDraft((d) => ({ ...d, [key]: value }))
    setProblems((p) => {
      const { [key]: _gone, ...rest } = p
      return rest
    })
    setSaved(null)
  }, [])

  const save = async () => {
    setSaved(null)
    setNotApplied([])
    setStationRename(null)
    setSaveError(null)
    const found: Record<string, string> = {}
    for (const f of changedKeys) {
      const problem = fieldProblem(f, draft[f.key] ?? '', t)
      if (problem) found[f.key] = problem
    }
    setProblems(found)
    if (Object.keys(found).length > 0) return
    if (changedKeys.length === 0) return setSaved([])
    const r = await station.config.set({
      deviceId,
      resource,
      ...(instance === null ? {} : { instance }),
      changes: Object.fromEntries(changedKeys.map((f) => [f.key, typed(f, draft[f.key] ?? '')])),
    })
    if (!r.ok) {
      const field = r.error.details?.field
      if (r.error.code === 'OUT_OF_RANGE' && typeof field === 'string')
        setProblems({ [field]: errorDetail(r.error) })
      setSaveError(r.error)
      return
    }
    setValues(r.value.values)
    setDraft(Object.fromEntries((fields ?? []).map((f) => [f.key, text(r.value.values[f.key])])))
    setSaved(r.value.changed)
    setNotApplied(r.value.notApplied)
    setStationRename(r.value.stationRename ?? null)
  }

  return {
    fields,
    draft,
    problems,
    loadError,
    saveError,
    saved,
    notApplied,
    stationRename,
    dirty: changedKeys.length > 0,
    edit,
    save,
    reset: () => {
      setDraft(Object.fromEntries((fields ?? []).map((f) => [f.key, text(values[f.key])])))
      setProblems({})
      setSaveError(null)
    },
    reload: () => setGeneration((g) => g + 1),
  }
}
