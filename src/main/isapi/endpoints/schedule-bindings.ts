// Bindings of schedule templates to things (protocol-config/05 §6): a Verify template to a card
// reader (`CardReaderPlan/<readerNo>`), a DoorStatus template to a door (`DoorStatusPlan/<doorNo>`).
// templateNo 0 unlinks (the reader or door goes back to its default). Numbers are checked against
// the terminal's capability ranges (when given) before anything is sent.
import { int, isObj, range, type Range } from '../codec/read'
import { IsapiError } from '../errors'
import type { IsapiHttp } from '../http/isapi-http'
import { jsonRoot, type CallOptions } from './common'

export type BindingKind = 'reader' | 'door'

const ROOT: Record<BindingKind, { root: string; no: string }> = {
  reader: { root: 'CardReaderPlan', no: 'cardReaderNo' },
  door: { root: 'DoorStatusPlan', no: 'doorNo' },
}

const path = (kind: BindingKind, no: number | 'capabilities'): string =>
  `/ISAPI/AccessControl/${ROOT[kind].root}/${no}?format=json`

/** The readers (or doors) a terminal can bind, and the template numbers it takes. */
export interface BindingCapabilities {
  kind: BindingKind
  no: Range
  templateNo: Range
}

/** Undefined when the terminal does not offer the binding (notSupport / 404). */
export async function bindingCapabilities(
  http: IsapiHttp,
  kind: BindingKind,
  o: CallOptions = {},
): Promise<BindingCapabilities | undefined> {
  let doc: unknown
  try {
    doc = await http.json('GET', path(kind, 'capabilities'), undefined, o)
  } catch (e) {
    if (
      e instanceof IsapiError &&
      e.code === 'DEVICE_ERROR' &&
      (e.category === 'notSupported' || e.category === 'invalidInput' || e.httpStatus === 404)
    )
      return undefined
    throw e
  }
  const root = isObj(doc) ? doc[ROOT[kind].root] : undefined
  if (!isObj(root)) return undefined
  return {
    kind,
    no: range(root[ROOT[kind].no]) ?? { min: 1, max: 1 },
    templateNo: range(root.templateNo) ?? { min: 0 },
  }
}

export async function getBinding(
  http: IsapiHttp,
  kind: BindingKind,
  no: number,
  o: CallOptions = {},
): Promise<number> {
  const p = path(kind, no)
  const body = jsonRoot(http, await http.json('GET', p, undefined, o), ROOT[kind].root, 'GET', p)
  const t = int(body.templateNo)
  if (t === undefined)
    throw http.bad('GET', p, `unreadable templateNo ${JSON.stringify(body.templateNo)}`)
  return t
}

const within = (n: number, r: Range | undefined): boolean =>
  Number.isInteger(n) &&
  (r?.min === undefined || n >= r.min) &&
  (r?.max === undefined || n <= r.max)

export async function setBinding(
  http: IsapiHttp,
  kind: BindingKind,
  no: number,
  templateNo: number,
  o: CallOptions & { capabilities?: BindingCapabilities } = {},
): Promise<void> {
  const caps = o.capabilities
  const what = kind === 'reader' ? 'card reader' : 'door'
  const problems: string[] = []
  if (!within(no, caps?.no ?? { min: 1 }))
    problems.push(`${what} ${no} is outside ${caps?.no.min ?? 1}–${caps?.no.max ?? '…'}`)
  // 0 (unlink) is always allowed, whatever the lower bound the capability states.
  if (templateNo !== 0 && !within(templateNo, caps?.templateNo ?? { min: 1 }))
    problems.push(
      `template ${templateNo} is outside ${caps?.templateNo.min ?? 1}–${caps?.templateNo.max ?? '…'}`,
    )
  if (problems.length)
    throw new IsapiError('INVALID_ARGUMENT', `${ROOT[kind].root} ${no}: ${problems.join('; ')}`, {
      reason: `${ROOT[kind].root} ${no} was not sent: ${problems.join('; ')}.`,
    })
  await http.json('PUT', path(kind, no), { [ROOT[kind].root]: { templateNo } }, o)
}
