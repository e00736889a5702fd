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
}

export const DEFAULT_SETTINGS: Settings = {
  language: 'en',
  theme: 'system',
  listenPort: 8099,
  listenAddress: '127.0.0.1',
  demoOffered: false,
}
