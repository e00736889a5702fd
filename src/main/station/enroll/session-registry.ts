// One capture session per terminal: the terminal's sensor serves one capture at a time, so a
// second start on the same terminal is refused by the station before anything is sent.
import { codedFailure } from '@shared/coded-failure'

export interface Session {
  id: string
  deviceId: string
  controller: AbortController
  /** Settles when the session has emitted its last event; true when it ended as cancelled. */
  done: Promise<boolean>
}

export function sessionRegistry() {
  const byDevice = new Map<string, Session>()
  const byId = new Map<string, Session>()
  return {
    /** Reserves the terminal; DEVICE_BUSY while another session runs on it. */
    claim(deviceId: string, deviceName: string): void {
      const current = byDevice.get(deviceId)
      if (current)
        throw codedFailure(
          'DEVICE_BUSY',
          'enrollAlreadyCapturing',
          { terminal: deviceName, sessionId: current.id },
          { sessionId: current.id },
        )
    },
    add(session: Session): void {
      byDevice.set(session.deviceId, session)
      byId.set(session.id, session)
    },
    release(session: Session): void {
      if (byDevice.get(session.deviceId) === session) byDevice.delete(session.deviceId)
      byId.delete(session.id)
    },
    get: (id: string): Session | undefined => byId.get(id),
    all: (): Session[] => [...byId.values()],
  }
}
