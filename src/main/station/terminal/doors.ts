// Doors of one terminal: live state from AcsWorkStatus, remote commands only where the
// terminal's capabilities offer them (a command it does not list is refused before sending).
import type { DoorWorkStatus } from '../../isapi'
import type { DoorCommand } from '@shared/model'
import type { ContactState, DoorMode, DoorsStatus } from '@shared/contract/terminal'
import { isNotOnDevice } from '../../isapi'
import { VERIFY_MODES } from '../config/option-labels'
import type { StationContext } from '../context'
import type { DeviceService } from '../devices/device-service'
import type { DeviceCall } from './device-call'
import { codedFailure } from '@shared/coded-failure'

const MODES: Record<number, DoorMode> = {
  1: 'sleep',
  2: 'alwaysOpen',
  3: 'alwaysClosed',
  4: 'normal',
}
const CONTACTS: Record<number, ContactState> = {
  0: 'closed',
  1: 'open',
  2: 'shortCircuit',
  3: 'brokenCircuit',
  4: 'exception',
}

/** AcsWorkStatus → one view per door; reader online list → one entry per reader. */
export function doorsView(
  deviceId: string,
  ws: DoorWorkStatus,
  doorCount: number,
  readerCount: number,
  commands: DoorCommand[],
  at: Date,
): DoorsStatus {
  const doors = Math.max(doorCount, ws.doorStatus.length)
  const online = new Set(ws.cardReaderOnlineStatus)
  return {
    deviceId,
    doors: Array.from({ length: doors }, (_, i) => ({
      doorNo: i + 1,
      mode: MODES[ws.doorStatus[i] ?? -1] ?? 'unknown',
      lock: CONTACTS[ws.doorLockStatus[i] ?? -1] ?? 'unknown',
      contact: CONTACTS[ws.magneticStatus[i] ?? -1] ?? 'unknown',
    })),
    readers: Array.from({ length: readerCount }, (_, i) => {
      const r: DoorsStatus['readers'][number] = { readerNo: i + 1, online: online.has(i + 1) }
      const mode = ws.cardReaderVerifyMode[i]
      if (mode) {
        r.verifyMode = mode
        const label = VERIFY_MODES[mode]
        if (label) r.verifyModeLabel = label
      }
      return r
    }),
    commands,
    readAt: at.toISOString(),
  }
}

/** A terminal without the capability document: every field it sends is shown. */
function notOnDevice(e: unknown): undefined {
  if (isNotOnDevice(e)) return undefined
  throw e
}

/** The terminal-wide fields shown, in this order, when the capability lists them. */
const TERMINAL_FIELDS = [
  'powerSupplyStatus',
  'batteryVoltage',
  'batteryLowVoltage',
  'batteryChargeStatus',
  'hostAntiDismantleStatus',
  'antiSneakStatus',
  'multiDoorInterlockStatus',
  'fireAlarmStatus',
  'indicatorLightStatus',
  'netStatus',
  'ezvizStatus',
  'sipStatus',
  'cardNum',
] as const

/** Only what the terminal's capability lists (21.25.1): its own words for the terminal-wide fields. */
function withReported(view: DoorsStatus, ws: DoorWorkStatus, reports: string[]): DoorsStatus {
  const listed = new Set(reports)
  const terminal = TERMINAL_FIELDS.filter((f) => listed.has(f) && ws.raw[f] !== undefined).map(
    (field) => ({ field, value: String(ws.raw[field]) }),
  )
  return {
    ...view,
    readers: listed.has('cardReaderVerifyMode')
      ? view.readers
      : view.readers.map(({ readerNo, online }) => ({ readerNo, online })),
    reports,
    terminal,
  }
}

export function doorsService(ctx: StationContext, devices: DeviceService, call: DeviceCall) {
  const opsOf = (id: string) => {
    const caps = devices.get(id).capabilities
    return { caps, ops: caps?.ops }
  }

  const status = async (id: string): Promise<DoorsStatus> => {
    const { caps, ops } = opsOf(id)
    if (!ops?.doorStatus)
      throw codedFailure('NOT_SUPPORTED', 'doorStateUnsupported', {
        terminal: devices.record(id).name,
      })
    const [ws, reports] = await call(id, (c) =>
      Promise.all([c.door.workStatus(), c.door.workStatusFields().catch(notOnDevice)]),
    )
    const view = doorsView(id, ws, caps?.doors ?? 0, ops.readers, ops.doorCommands, ctx.clock.now())
    return reports ? withReported(view, ws, reports) : view
  }

  return {
    status,
    async control(id: string, doorNo: number, command: DoorCommand): Promise<DoorsStatus> {
      const { caps, ops } = opsOf(id)
      const name = devices.record(id).name
      if (!ops?.doorCommands.includes(command))
        throw codedFailure(
          'NOT_SUPPORTED',
          'doorCommandUnsupported',
          { terminal: name, command },
          { offered: ops?.doorCommands ?? [] },
        )
      const doors = caps?.doors ?? 0
      if (doorNo > doors)
        throw codedFailure(
          'INVALID_ARGS',
          'doorMissing',
          { terminal: name, doors, doorNo },
          { doors },
        )
      await call(id, (c) => c.door.control(doorNo, command))
      ctx.audit(`door.${command}`, `device:${id}`, { doorNo })
      if (!ops.doorStatus)
        return {
          deviceId: id,
          doors: [],
          readers: [],
          commands: ops.doorCommands,
          readAt: ctx.clock.now().toISOString(),
        }
      return status(id)
    },
  }
}
