import { compact, int, obj, str, type Obj } from '../codec/read'

export interface HttpHost {
  id: string
  /** Absolute path on the listening host. */
  url: string
  /** `HTTP` | `HTTPS` | `EHome` */
  protocolType: string
  /** `XML` | `JSON` */
  parameterFormatType: string
  addressingFormatType: string
  ipAddress?: string
  hostName?: string
  portNo: number
  httpAuthenticationMethod: string
  userName?: string
  password?: string
  uploadImagesDataType?: string
  eventMode?: string
  httpBroken?: boolean
}

export function parseHttpHost(x: unknown): HttpHost {
  const b = obj(x)
  const h: HttpHost = {
    id: str(b.id) ?? '',
    url: str(b.url) ?? '',
    protocolType: str(b.protocolType) ?? 'HTTP',
    parameterFormatType: str(b.parameterFormatType) ?? 'XML',
    addressingFormatType: str(b.addressingFormatType) ?? 'ipaddress',
    portNo: int(b.portNo) ?? 80,
    httpAuthenticationMethod: str(b.httpAuthenticationMethod) ?? 'none',
  }
  for (const k of [
    'ipAddress',
    'hostName',
    'userName',
    'uploadImagesDataType',
    'eventMode',
  ] as const) {
    const v = str(b[k])
    if (v !== undefined && v !== '') h[k] = v
  }
  const hb = b.httpBroken
  if (hb !== undefined) h.httpBroken = str(hb) === 'true'
  return h
}

export function hostToXml(h: HttpHost): Obj {
  return compact({
    id: h.id,
    url: h.url,
    protocolType: h.protocolType,
    parameterFormatType: h.parameterFormatType,
    addressingFormatType: h.addressingFormatType,
    hostName: h.addressingFormatType === 'hostname' ? h.hostName : undefined,
    ipAddress: h.addressingFormatType === 'hostname' ? undefined : (h.ipAddress ?? '0.0.0.0'),
    portNo: h.portNo,
    userName: h.userName,
    password: h.password,
    httpAuthenticationMethod: h.httpAuthenticationMethod,
    uploadImagesDataType: h.uploadImagesDataType,
    eventMode: h.eventMode,
    httpBroken: h.httpBroken,
  })
}
