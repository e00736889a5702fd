import type { ControlClient } from './control-client.js'
import type { Timing } from './device.js'
import type { FirmwareId } from './profiles/firmware.js'
import type { Capacity, ProfileId } from './profiles/types.js'

export interface FleetOptions {
  /** Number of terminals (default 1). */
  devices?: number
  /** One profile per device, cycling (default 'face-fp'). */
  profile?: ProfileId | ProfileId[]
  /** Wire dialect for every device (headers, challenge, event parts); each profile's own by default. */
  firmware?: FirmwareId
  /** First device port; devices use P, P+1, …; 0 = any free port (default 0). */
  port?: number
  /** Control API port (default 0 = any free). */
  controlPort?: number
  /** Bind address (default '127.0.0.1'; the simulator only serves loopback). */
  host?: string
  /** Serve RTSP camera streams (default true when ffmpeg is on PATH). */
  rtsp?: boolean
  /** Added latency per request, ms. */
  latencyMs?: number
  https?: boolean
  /** Persist each device's flash here (JSON per serial number). */
  dataDir?: string
  username?: string
  password?: string
  /** Failed logins before lockout (default 5). */
  lockoutAttempts?: number
  /** Lock duration in seconds (default 1800). */
  lockoutSeconds?: number
  /** Demo mode: captures answer by themselves after a delay (default 1500 ms when true). */
  autoCapture?: boolean | { delayMs: number }
  /** Start activated (default true); an unactivated device refuses everything until activated.
   *  A list: per device (missing entries: true). */
  activated?: boolean | boolean[]
  /** Answer SADP discovery probes on a loopback UDP port (0/absent: any free one). */
  sadp?: boolean | { port?: number; malformedAnswers?: number }
  /** Override the profiles' capacities (e.g. tiny limits to test "memory full" quickly). */
  capacity?: Partial<Capacity>
  /** Device timings (heartbeats, capture timeout, reboot time …), for fast tests. */
  timing?: Partial<Timing>
  /** Door timers (relock after openDuration, door-open alarm) move only by the control API's
   *  `POST timers/advance` — for tests that prove timed door behaviour without waiting. */
  manualTimers?: boolean
}

export interface SimDeviceRecord {
  name: string
  host: string
  port: number
  /** RTSP port of the camera streams; 0 when the terminal serves none. */
  rtspPort: number
  protocol: 'http' | 'https'
  username: string
  password: string
  profile: ProfileId
  model: string
  serialNumber: string
  controlUrl: string
}

export interface Fleet {
  devices: SimDeviceRecord[]
  controlUrl: string
  /** The UDP port answering SADP probes (with the `sadp` option). */
  sadpPort?: number
  control: ControlClient
  close(): Promise<void>
}
