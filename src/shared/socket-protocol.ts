// Browser mode's WebSocket frames: the same calls and events as the Electron IPC bridge.
import type { Result } from './result'

export const SOCKET_PATH = '/ws'

/** Browser → station */
export interface CallFrame {
  id: number
  method: string
  args: unknown
}

/** Station → browser */
export type ServerFrame =
  | { type: 'result'; id: number; result: Result<unknown> }
  | { type: 'event'; event: string; payload: unknown }
