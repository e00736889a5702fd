export interface RosterCounts {
  persons: number
  cards: number
  fingerprints: number
  faces: number
  irises: number
  devices: number
}

export interface StationInfo {
  name: string
  version: string
  dataDir: string
  /** Where the station is running: the Electron app or browser mode. */
  bridge: 'electron' | 'browser' | 'cli' | 'test'
  schemaVersion: number
  counts: RosterCounts
  startedAt: string
}

export interface Settings {
  language: 'en' | 'zh'
  theme: 'light' | 'dark' | 'system'
  listenPort: number
  listenAddress: '127.0.0.1' | '0.0.0.0'
  demoOffered: boolean
  /** Events older than this many days (by the terminal's clock and by arrival) are removed. */
  eventRetentionDays: number
  /** Largest size of the kept event pictures (MiB); the oldest pictures go first beyond it. */
  eventPictureCacheMB: number
  /** Changes reach the terminals by themselves within seconds (no "Apply now" needed). */
  continuousApply: boolean
}

/** Bounds of the retention settings (the contract refuses values outside them). */
export const EVENT_RETENTION_DAYS = { min: 7, max: 3650 } as const
export const EVENT_PICTURE_CACHE_MB = { min: 50, max: 100_000 } as const

export const DEFAULT_SETTINGS: Settings = {
  language: 'en',
  theme: 'system',
  listenPort: 8099,
  listenAddress: '127.0.0.1',
  demoOffered: false,
  eventRetentionDays: 365,
  eventPictureCacheMB: 1024,
  continuousApply: true,
}
