import type { ApplyOptions } from './apply/apply-service'
import type { DemoProvider } from './demo/demo-types'
import type { StationInfo } from '../../shared/model'
import type { Clock } from '../platform/clock'
import type { Logger } from '../platform/logger'
import type { SecretBox } from '../platform/secret-box'
import type { Store } from '../store'
import type { EventBus } from './event-bus'

/** What the station's builder injects: no Electron, no globals. */
export interface StationDeps {
  dataDir: string
  secrets: SecretBox
  clock: Clock
  logger: Logger
  bridge: StationInfo['bridge']
  version: string
  /** Database file; defaults to <dataDir>/roster.sqlite. ':memory:' for tests. */
  databaseFile?: string
  /** Starts the demo site's simulated terminals; only composition roots can provide it. */
  demo?: DemoProvider
  /** Run background work (event streams, resumed jobs, demo relaunch); false for one-shot CLI commands. Default true. */
  background?: boolean
  /** How often every terminal's health is checked (default 2 minutes). */
  healthCheckMs?: number
  /** How often every terminal's holdings are compared with the terminal (default 10 minutes; 0 = never). */
  holdingsCheckMs?: number
  /** Apply tuning (tests shorten the retry backoff). */
  apply?: ApplyOptions
}

/** What every feature service gets. */
export interface StationContext extends StationDeps {
  store: Store
  bus: EventBus
  startedAt: Date
}
