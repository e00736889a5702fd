import type { ApplyOptions } from './apply/apply-service'
import type { ContinuousTiming } from './apply/continuous'
import type { DemoProvider } from './demo/demo-types'
import type { StationInfo } from '@shared/model'
import type { Clock } from '../platform/clock'
import type { Logger } from '../platform/logger'
import type { SecretBox } from '../platform/secret-box'
import type { Store } from '../store'
import type { EventBus } from './event-bus'
import type { PreviewOptions } from './preview/feature'
import type { AuditWriter } from './audit/feature'
import type { SadpTarget } from '../isapi'

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
  /**
   * Scheduled upkeep: the events clean-up (10 s after start, then hourly) and the health polls.
   * Default true; false leaves them to their on-demand calls (events.prune, devices.check), so
   * a test never races them.
   */
  scheduled?: boolean
  /** How often every terminal's health is checked (default 2 minutes). */
  healthCheckMs?: number
  /** How often every terminal's holdings are compared with the terminal (default 10 minutes; 0 = never). */
  holdingsCheckMs?: number
  /** Preview tuning (tests: stall time, ffmpeg lookup, spawned processes). */
  preview?: PreviewOptions
  /**
   * Continuous apply: changes are planned and applied by themselves while the station runs
   * (with the `continuousApply` setting on). Composition roots turn it on; default off, so a
   * test or a one-shot CLI command applies only when asked.
   */
  continuousApply?: boolean
  /** Continuous apply's quiet time and longest wait (tests, bench). */
  continuousTiming?: ContinuousTiming
  /** How often the terminals' settings are read back for drift from their profiles (default 30 min). */
  profileDriftMs?: number
  /** Apply tuning (tests shorten the retry backoff). */
  apply?: ApplyOptions
  /** Where SADP discovery probes go (default: the LAN's multicast group; tests: a loopback port). */
  sadp?: SadpTarget
  /** Tests: sees the opened store (e.g. to cap its size and so fill the "disk"). */
  onStoreOpen?: (store: Store) => void
  /** Who the audit log names as the operator (default: the OS user running the station). */
  operator?: string
}

/** What every feature service gets. */
export interface StationContext extends StationDeps {
  store: Store
  bus: EventBus
  startedAt: Date
  /** The one way to write the audit log: `ctx.audit(action, subject, details)`. */
  audit: AuditWriter
}
