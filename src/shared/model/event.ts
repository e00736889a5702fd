export interface AccessEvent {
  /** Station-side id: deviceId + serialNo. */
  id: string
  deviceId: string
  serialNo: number
  time: string
  major: number
  minor: number
  employeeNo: string | null
  name: string | null
  cardNo: string | null
  doorNo: number | null
  verifyMode: string | null
  /** Whether the event grants passage (true), denies it (false) or is neither (null: door/alarm). */
  granted: boolean | null
  hasPicture: boolean
}

export interface EnrollProgressEvent {
  sessionId: string
  kind: 'face' | 'card' | 'fingerprint' | 'iris'
  phase: 'waiting' | 'captured' | 'failed' | 'cancelled'
  message: string
}
