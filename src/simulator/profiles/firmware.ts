// How a firmware family writes the wire: web server headers, the digest challenge, 401 bodies,
// status objects and alertStream parts. Data, one record per family; each record says which
// facts were measured on a real device and which are inferred (docs/protocol/01-framework.md
// §6, 05-events.md §6, 06-errors.md). A profile picks one; a fleet may override it.

export const FIRMWARE_IDS = ['face-terminal', 'face-terminal-v3', 'door-station', 'camera'] as const
export type FirmwareId = (typeof FIRMWARE_IDS)[number]

export interface Firmware {
  id: FirmwareId
  /** Where the behaviour comes from, and what of it is inferred. */
  basis: string
  /** `Server` header. */
  server: string
  /** Content-Type of XML answers. */
  xmlContentType: string
  /** `X-Frame-Options` header, or none. */
  frameOptions: string | null
  /** Idle keep-alive connections are closed after this many seconds (stated in `Keep-Alive`). */
  keepAliveSeconds: number
  /** Requests one connection serves (`Keep-Alive: max=` counts down from it). */
  keepAliveMax: number
  /**
   * Challenge form. `terminal`: `Digest qop="auth", realm="DS-<8 hex>", nonce="…", stale="false",
   * opaque="", domain="::"`. `camera`: `Digest qop="auth", realm="<model>", nonce="…", stale="FALSE"`.
   */
  challenge: 'terminal' | 'camera'
  /** Body of a 401 to a request without (usable) credentials. */
  unauthBody: 'userCheck' | 'html'
  /** JSON status objects start with `requestURL`. */
  statusRequestUrl: boolean
  /** alertStream heartbeats carry `macAddress`. */
  heartbeatMac: boolean
  /** Access-event parts carry `Content-Disposition: form-data; name="AccessControllerEvent"`. */
  eventPartName: boolean
  /**
   * Access events carry `verifyNo`, `attendanceStatus`, `statusValue`, `currentVerifyMode`,
   * `mask`, `label`, `purePwdVerifyEnable` even when they have nothing to say.
   */
  eventFiller: boolean
  /** Event envelopes carry `macAddress` (the door station's do not). */
  eventMac: boolean
}

/** DS-K1T344 face terminal (traffic reported in issue 13). */
const faceTerminal: Firmware = {
  id: 'face-terminal',
  basis:
    'observed on DS-K1T344 (challenge, 401 body, Server, JSON Content-Type, X-Frame-Options, requestURL first, ' +
    'event part names, heartbeat macAddress, events without filler fields); Keep-Alive timeout/max and the XML ' +
    'Content-Type inferred',
  server: 'webs',
  xmlContentType: 'application/xml; charset="UTF-8"',
  frameOptions: 'SAMEORIGIN',
  keepAliveSeconds: 10,
  keepAliveMax: 100,
  challenge: 'terminal',
  unauthBody: 'userCheck',
  statusRequestUrl: true,
  heartbeatMac: true,
  eventPartName: true,
  eventFiller: false,
  eventMac: true,
}

/** DS-K1T342MWX V3.16.1 build 240528: the santanapedro alertStream capture (filler fields, no part names). */
const faceTerminalV3: Firmware = {
  ...faceTerminal,
  id: 'face-terminal-v3',
  basis:
    'alertStream parts and event fields measured on DS-K1T342MWX V3.16.1 build 240528 (test/fixtures/real/santanapedro-…); ' +
    'headers and challenge as observed on DS-K1T342MWX (issue 13)',
  eventPartName: false,
  eventFiller: true,
}

/** DS-KV6124-E1 V3.9.0 door station (jonioliel probe records). */
const doorStation: Firmware = {
  ...faceTerminal,
  id: 'door-station',
  basis:
    'status objects, heartbeat and events measured on DS-KV6124-E1 V3.9.0 build 260115 (test/fixtures/real/jonioliel-…); ' +
    'headers and challenge inferred from the face terminals',
  statusRequestUrl: false,
  heartbeatMac: false,
  eventPartName: false,
  eventMac: false,
}

/** DS-2CD2155FWD-I V5.5.0 camera (MissiaL cassette); the older App-webs server of controllers. */
const camera: Firmware = {
  id: 'camera',
  basis:
    'Server, Keep-Alive, XML Content-Type, challenge and HTML 401 measured on DS-2CD2155FWD-I V5.5.0 build 170725 ' +
    '(test/fixtures/real/MissiaL-hikvision-client); status objects without requestURL measured on ' +
    'DS-K2702WX-E1(P) V1.7.4 (idstein); the rest inferred',
  server: 'App-webs/',
  xmlContentType: 'application/xml',
  frameOptions: null,
  keepAliveSeconds: 10,
  keepAliveMax: 100,
  challenge: 'camera',
  unauthBody: 'html',
  statusRequestUrl: false,
  heartbeatMac: false,
  eventPartName: false,
  eventFiller: false,
  eventMac: true,
}

const FIRMWARE: Record<FirmwareId, Firmware> = {
  'face-terminal': faceTerminal,
  'face-terminal-v3': faceTerminalV3,
  'door-station': doorStation,
  camera,
}

export function getFirmware(id: FirmwareId): Firmware {
  return FIRMWARE[id]
}

export function isFirmwareId(s: string): s is FirmwareId {
  return Object.hasOwn(FIRMWARE, s)
}
