// The Terminal page's own operations: doors (live state and remote control), device accounts,
// the terminal's own log, capacity, factory reset and the listening-host slots. Each is offered
// only where the terminal's capabilities say so (Device.capabilities.ops).
import { z } from 'zod'
import type { Device, DoorCommand } from '../model'
import type { ConfigLabel } from './config'
import { id, isoTime, method } from './method'
import type { Reason } from '../reason-text'

export type DoorMode = 'normal' | 'alwaysOpen' | 'alwaysClosed' | 'sleep' | 'unknown'
export type ContactState =
  'closed' | 'open' | 'shortCircuit' | 'brokenCircuit' | 'exception' | 'unknown'

export interface DoorView {
  doorNo: number
  mode: DoorMode
  /** The lock (doorLockStatus): open = unlocked. */
  lock: ContactState
  /** The door leaf (magneticStatus). */
  contact: ContactState
}

export interface DoorsStatus {
  deviceId: string
  doors: DoorView[]
  readers: {
    readerNo: number
    online: boolean
    /** The authentication mode in force now (AcsWorkStatus.cardReaderVerifyMode, by name). */
    verifyMode?: string
    verifyModeLabel?: ConfigLabel
  }[]
  /** Commands this terminal accepts (RemoteControl/door capabilities). */
  commands: DoorCommand[]
  /** The AcsWorkStatus fields its capability lists (21.25.1); absent when it has no capability document. */
  reports?: string[]
  /** Terminal-wide status it reports (power supply, tamper, …), device words by field. */
  terminal?: { field: string; value: string }[]
  readAt: string
}

export interface AccountView {
  id: string
  userName: string
  level: string
  /** The account the station itself logs in with. */
  isStation: boolean
  /** Remote configuration granted (UserPermission parameterConfig), when the terminal says. */
  parameterConfig?: boolean
}

export interface AccountsView {
  accounts: AccountView[]
  maxAccounts: number
  levels: string[]
  passwordLength: { min: number; max: number }
  /** Passwords are only sent over HTTPS; false: changing them is refused until then. */
  secureChannel: boolean
}

export interface LogEntryView {
  time: string
  /** Alarm | Exception | Operation | Information */
  major: string
  /** The terminal's type name (remoteLogin, remoteOpenDoor …). */
  minor: string
  /** Words for `major` and `minor` where the station knows them (else show the names). */
  majorLabel?: ConfigLabel
  minorLabel?: ConfigLabel
  userName: string | null
  ipAddress: string | null
  info: string | null
}

export interface LogPageView {
  entries: LogEntryView[]
  /** Where the next page starts; null when this was the last. */
  next: number | null
  total: number | null
}

export interface CapacityItem {
  kind: 'persons' | 'cards' | 'faces' | 'fingerprints'
  used: number | null
  total: number | null
  /** At or above 90 % of the total. */
  warn: boolean
}

export interface TerminalOverview {
  device: Device
  capacity: CapacityItem[]
  driftSeconds: number | null
}

export interface ListeningSlotView {
  slot: string
  /** ours: points at this station; free: empty; taken: another platform (never touched). */
  state: 'ours' | 'free' | 'taken'
  target: string | null
}

const doorNo = z.number().int().min(1).max(256)
const logMajor = z.enum(['Alarm', 'Exception', 'Operation', 'Information'])
const logQuery = {
  id,
  from: isoTime.optional(),
  to: isoTime.optional(),
  major: logMajor.optional(),
}
const accountName = z
  .string()
  .min(1)
  .max(32)
  .regex(/^[A-Za-z0-9_.-]+$/, 'letters, digits, _ . - only')
const newPassword = z.string().min(1).max(64)

export const terminalApi = {
  /** Live state of every door and reader (AcsWorkStatus). */
  'doors.status': method<DoorsStatus>()(z.object({ id }).strict()),
  /** A remote door command, then the door's state as the terminal reports it. */
  'doors.control': method<DoorsStatus>()(
    z
      .object({ id, doorNo, command: z.enum(['open', 'close', 'alwaysOpen', 'alwaysClose']) })
      .strict(),
  ),
  'accounts.list': method<AccountsView>()(z.object({ id }).strict()),
  /** Adds a limited account (Operator or Viewer); optionally grants remote configuration. */
  'accounts.add': method<AccountsView>()(
    z
      .object({
        id,
        userName: accountName,
        level: z.enum(['Operator', 'Viewer']),
        password: newPassword,
        parameterConfig: z.boolean().default(false),
      })
      .strict(),
  ),
  /**
   * A new password for one account. For the station's own account the stored password follows
   * (one login with the new password at most, never a retry loop).
   */
  'accounts.setPassword': method<AccountsView>()(
    z.object({ id, accountId: z.string().regex(/^\d+$/), password: newPassword }).strict(),
  ),
  /**
   * Deletes one device account (HTTPS only: the administrator's password is in the request's
   * URL). The administrator and the station's own account are refused (ADMIN_ACCOUNT).
   */
  'accounts.remove': method<AccountsView>()(
    z.object({ id, accountId: z.string().regex(/^\d+$/) }).strict(),
  ),
  /** One page of the terminal's own log (newest last, as the terminal orders it). */
  'devices.log': method<LogPageView>()(
    z
      .object({
        ...logQuery,
        position: z.number().int().min(0).default(0),
        limit: z.number().int().min(1).max(100).default(50),
      })
      .strict(),
  ),
  /** The whole log search as CSV (at most 10 000 lines). */
  'devices.logExport': method<{
    fileName: string
    csv: string
    rows: number
    truncated: boolean
  }>()(z.object(logQuery).strict()),
  /** Header of the Terminal page: capacity used / total and clock drift. */
  'terminal.overview': method<TerminalOverview>()(z.object({ id }).strict()),
  /**
   * Factory reset; `confirm` must repeat the terminal's name. `full` also resets the
   * activation (the terminal must be activated again).
   */
  'devices.factoryReset': method<{ device: Device; mode: string }>()(
    z.object({ id, mode: z.enum(['full', 'basic', 'part']), confirm: z.string().max(64) }).strict(),
  ),
  /** The terminal's httpHosts slots and who they point at. */
  'listening.slots': method<ListeningSlotView[]>()(z.object({ deviceId: id }).strict()),
  /** Asks the terminal to test its slot that points at this station. */
  'listening.test': method<{ ok: boolean; message: string; why?: Reason }>()(
    z.object({ deviceId: id }).strict(),
  ),
}
