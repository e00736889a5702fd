// Faults injected per device through the control API.

export interface FaultSpec {
  /** Extra latency per request: fixed ms, or uniform in [min, max]. */
  latencyMs?: number | { min: number; max: number }
  /** Destroy the next N TCP connections right after accept. */
  dropConnections?: number
  /**
   * Answer the next N requests (or all, when count is absent) busy; with `every`, only every
   * N-th authenticated request (a terminal busy now and then, for hours).
   */
  busy?: { count?: number; mode?: '503' | 'deviceBusy'; every?: number }
  /** Stop listening (connection refused) until cleared. */
  offline?: boolean
  /** The next request kills the connection and reboots the device. */
  rebootMidRequest?: boolean
  /** Storage full: every create answers noMemory / memory full. */
  memoryFull?: boolean
  /** Truncate and garble the next N response bodies. */
  corrupt?: number
  /** The next N face pictures fail modelling (SubpicAnalysisModelingError). */
  faceModelingFail?: number
  /** RTSP refuses every credential (its authentication set apart from the web's). */
  rtspAuthFail?: boolean
  /** RTSP answers 404 for every stream (the channel list out of step with the RTSP service). */
  rtspNotFound?: boolean
  /** RTSP sessions stay connected but receive no more video. */
  rtspStall?: boolean
}

export class Faults {
  spec: FaultSpec = {}
  private busySeen = 0

  set(patch: FaultSpec): void {
    this.spec = { ...this.spec, ...patch }
  }

  clear(): void {
    this.spec = {}
  }

  latency(): number {
    const l = this.spec.latencyMs
    if (l === undefined) return 0
    if (typeof l === 'number') return l
    return l.min + Math.random() * Math.max(0, l.max - l.min)
  }

  takeDrop(): boolean {
    const n = this.spec.dropConnections ?? 0
    if (n <= 0) return false
    this.spec.dropConnections = n - 1
    return true
  }

  takeBusy(): '503' | 'deviceBusy' | null {
    const b = this.spec.busy
    if (!b) return null
    if (b.every !== undefined && b.every > 0) {
      this.busySeen++
      if (this.busySeen % b.every !== 0) return null
    }
    if (b.count !== undefined) {
      if (b.count <= 0) return null
      b.count--
    }
    return b.mode ?? 'deviceBusy'
  }

  takeCorrupt(): boolean {
    const n = this.spec.corrupt ?? 0
    if (n <= 0) return false
    this.spec.corrupt = n - 1
    return true
  }

  takeRebootMidRequest(): boolean {
    if (!this.spec.rebootMidRequest) return false
    this.spec.rebootMidRequest = false
    return true
  }

  takeFaceModelingFail(): boolean {
    const n = this.spec.faceModelingFail ?? 0
    if (n <= 0) return false
    this.spec.faceModelingFail = n - 1
    return true
  }
}
