// One typed view of what a terminal supports and its limits, from AccessControl/capabilities
// (XML) and the per-feature JSON capability documents. A feature capability that answers
// notSupport/404 counts as "unknown" (some firmware refuse the caps URL but serve the resource);
// only a missing isSupportX flag or an explicit false says "absent".
import { bool, isObj, type Obj } from '../codec/read'
import { parseCapabilities, type DeviceCapabilities } from '../models/capabilities'
import { IsapiError } from '../errors'
import type { IsapiHttp } from '../http/isapi-http'
import type { CallOptions } from './common'

export { parseCapabilities, type DeviceCapabilities } from '../models/capabilities'

async function optionalJson(
  http: IsapiHttp,
  path: string,
  o: CallOptions,
): Promise<Obj | undefined> {
  try {
    const doc = await http.json('GET', path, undefined, o)
    return isObj(doc) && !('root' in doc && 'body' in doc) ? doc : undefined
  } catch (e) {
    if (
      e instanceof IsapiError &&
      e.code === 'DEVICE_ERROR' &&
      (e.category === 'notSupported' || e.category === 'invalidInput')
    )
      return undefined
    throw e
  }
}

async function optionalXml(
  http: IsapiHttp,
  path: string,
  root: string,
  o: CallOptions,
): Promise<Obj | undefined> {
  try {
    return await http.xmlDoc('GET', path, root, undefined, undefined, o)
  } catch (e) {
    if (
      e instanceof IsapiError &&
      (e.code === 'BAD_RESPONSE' ||
        (e.code === 'DEVICE_ERROR' &&
          (e.category === 'notSupported' || e.category === 'invalidInput')))
    )
      return undefined
    throw e
  }
}

/** Reads AccessControl capabilities and the feature documents the flags point at. */
export async function capabilities(
  http: IsapiHttp,
  o: CallOptions = {},
): Promise<DeviceCapabilities> {
  const acs = await http.xmlDoc(
    'GET',
    '/ISAPI/AccessControl/capabilities',
    'AccessControl',
    undefined,
    undefined,
    o,
  )
  const docs: Parameters<typeof parseCapabilities>[1] = {}
  const want = (k: string): boolean => bool(acs[k]) !== false
  if (want('isSupportUserInfo'))
    docs.userInfo = await optionalJson(
      http,
      '/ISAPI/AccessControl/UserInfo/capabilities?format=json',
      o,
    )
  if (want('isSupportCardInfo'))
    docs.cardInfo = await optionalJson(
      http,
      '/ISAPI/AccessControl/CardInfo/capabilities?format=json',
      o,
    )
  if (bool(acs.isSupportFingerPrintCfg))
    docs.fingerPrint = await optionalJson(
      http,
      '/ISAPI/AccessControl/FingerPrintCfg/capabilities?format=json',
      o,
    )
  if (bool(acs.isSupportFDLib))
    docs.fdLib = await optionalJson(http, '/ISAPI/Intelligent/FDLib/capabilities?format=json', o)
  if (bool(acs.isSupportAcsEvent))
    docs.acsEvent = await optionalJson(
      http,
      '/ISAPI/AccessControl/AcsEvent/capabilities?format=json',
      o,
    )
  if (bool(acs.isSupportRemoteControlDoor))
    docs.remoteDoor = await optionalXml(
      http,
      '/ISAPI/AccessControl/RemoteControl/door/capabilities',
      'RemoteControlDoor',
      o,
    )
  for (const k of Object.keys(docs) as (keyof typeof docs)[])
    if (docs[k] === undefined) delete docs[k]
  return parseCapabilities(acs, docs)
}

/** The System capability document (`DeviceCap`), raw. */
export async function systemCapabilities(http: IsapiHttp, o: CallOptions = {}): Promise<Obj> {
  return http.xmlDoc('GET', '/ISAPI/System/capabilities', 'DeviceCap', undefined, undefined, o)
}
