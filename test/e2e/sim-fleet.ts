// The simulator for end-to-end specs. It is loaded at run time: its Node sources do not
// typecheck under the e2e config's DOM lib, so the part the specs use is described here.
export interface SimDevice {
  name: string
  host: string
  port: number
  username: string
  password: string
  model: string
  serialNumber: string
}

export interface DeviceState {
  persons: { employeeNo: string }[]
  cards: { employeeNo: string; cardNo: string }[]
  faces: { FPID: string; info?: Record<string, string> }[]
  fingerprints: { employeeNo: string; fingerPrintID: number }[]
  irises: { employeeNo: string }[]
  faceLibs: { FDID: string; faceLibType: string; name: string }[]
}

export type Trigger =
  | { kind: 'card'; cardNo: string }
  | { kind: 'face'; employeeNo?: string; match?: boolean }
  | { kind: 'tamper' }
  | { kind: 'idCard'; idCardNo: string; name?: string; match?: boolean }
  | { kind: 'doorOpenTooLong'; doorNo?: number }
  | { kind: 'raw'; major: number; minor: number; fields: Record<string, unknown> }

export interface Fleet {
  devices: SimDevice[]
  /** With the `sadp` option: the loopback UDP port answering discovery probes. */
  sadpPort?: number
  control: {
    state(d: SimDevice): Promise<DeviceState>
    /** Configuration documents written to the terminal, by `<root>/<id>` (e.g. UserRightWeekPlanCfg/2). */
    docs(d: SimDevice, prefix?: string): Promise<Record<string, unknown>>
    fault(
      d: SimDevice,
      spec: {
        offline?: boolean
        /** Extra latency per request, in ms. */
        latencyMs?: number
        memoryFull?: boolean
        faceModelingFail?: number
        busy?: { count?: number; mode?: '503' | 'deviceBusy' }
        rtspAuthFail?: boolean
        rtspStall?: boolean
      },
    ): Promise<unknown>
    clearFaults(d: SimDevice): Promise<void>
    /** A setting changed at the terminal itself, behind the station's back. */
    localSetting(
      d: SimDevice,
      root: string,
      id: number,
      values: Record<string, unknown>,
    ): Promise<Record<string, unknown>>
    /** Factory data: persons, credentials and events gone; accounts kept. */
    reset(d: SimDevice): Promise<void>
    failedLogins(d: SimDevice): Promise<{ addresses: Record<string, { failures: number }> }>
    lock(d: SimDevice, seconds?: number): Promise<unknown>
    unlock(d: SimDevice): Promise<void>
    presentCard(d: SimDevice, cardNo: string): Promise<unknown>
    presentFace(d: SimDevice): Promise<unknown>
    presentFinger(d: SimDevice, opts: { quality?: number }): Promise<unknown>
    presentIris(d: SimDevice): Promise<unknown>
    triggerEvent(d: SimDevice, spec: Trigger): Promise<unknown>
    /** Shifts the terminal's clock by offsetMs from now (0: back to real time). */
    shiftClock(d: SimDevice, offsetMs: number): Promise<{ time: string }>
    /** Stops the terminal's clock at a device-local time, or (null) lets it run again. */
    freezeClock(d: SimDevice, localTime: string | null): Promise<{ time: string }>
    /** What the terminal said after verifications (voice prompts), oldest first. */
    spoken(d: SimDevice): Promise<{ at: string; outcome: string; text: string }[]>
    /** The readers' verify modes in force and the doors' scheduled states. */
    access(d: SimDevice): Promise<{
      readers: { readerNo: number; verifyMode: string }[]
      doors: { doorNo: number; scheduled: string }[]
    }>
    /** An asynchronous import task another tool started on the terminal. */
    addImportTask(
      d: SimDevice,
      task: { kind: 'persons' | 'pictures'; total: number; succeeded?: number; failed?: number },
    ): Promise<{ taskID: string }>
    importTasks(d: SimDevice): Promise<{ taskID: string }[]>
  }
  close(): Promise<void>
}

const SIMULATOR = '../../src/simulator/index.ts'

export const startFleet = async (options: object): Promise<Fleet> =>
  ((await import(SIMULATOR)) as { startFleet(o: object): Promise<Fleet> }).startFleet(options)
