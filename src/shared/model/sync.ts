export interface SyncDifference {
  employeeNo: string
  name: string
  /** Which fields or credentials differ: 'name', 'valid', 'cards', 'face', 'fingerprints' … */
  fields: string[]
}

export interface SyncDiff {
  syncId: string
  deviceId: string
  pulledAt: string
  same: number
  different: SyncDifference[]
  onlyOnDevice: { employeeNo: string; name: string }[]
  onlyInRoster: { employeeNo: string; name: string }[]
}

export interface SyncReport {
  adopted: number
  overwritten: number
  removed: number
  failed: { employeeNo: string; reason: string }[]
}
