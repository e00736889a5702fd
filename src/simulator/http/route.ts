import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Feature } from '../profiles/types.js'
import type { DeviceAccount } from '../state/model.js'
import type { SimDevice } from '../device.js'
import type { Reply } from './respond.js'

export type Method = 'GET' | 'PUT' | 'POST' | 'DELETE'
/**
 * read: any account; control: operator+ (doors, capture); config: writes of persons and
 * settings (admin, or an operator granted remote parameterConfig); admin: accounts, reboot,
 * upgrade, reset (administrator only); log, upgrade, reboot: log search, firmware upgrade and reboot
 * (administrator, or an account holding that remote permission: state/remote-permissions.ts).
 */
export type Right = 'read' | 'control' | 'config' | 'admin' | 'log' | 'upgrade' | 'reboot'

export interface Ctx {
  dev: SimDevice
  method: Method
  url: string
  path: string
  query: URLSearchParams
  params: Record<string, string>
  body: Buffer
  contentType: string
  account: DeviceAccount
  ip: string
  req: IncomingMessage
  res: ServerResponse
}

/** A handler may take over the response (streams); it then returns this marker. */
export const STREAMING = Symbol('streaming')
export type HandlerResult = Reply | typeof STREAMING
export type Handler = (ctx: Ctx) => HandlerResult | Promise<HandlerResult>

export interface RouteDef {
  path: string
  format: 'json' | 'xml' | 'binary'
  /** The route exists only when the profile has any of these features. */
  feature?: Feature | Feature[]
  GET?: Handler
  PUT?: Handler
  POST?: Handler
  DELETE?: Handler
  /** POST-only search URLs answer GET with a plain 404 (DS-K1A340). */
  getIs404?: boolean
  rights?: Partial<Record<Method, Right>>
  maxBody?: number
  /** Reachable without authentication / before activation. */
  open?: boolean
}
