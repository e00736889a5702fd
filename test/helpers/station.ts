import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { PreviewOptions } from '../../src/main/station/preview/feature'
import type { ApplyOptions } from '../../src/main/station/apply/apply-service'
import type { ContinuousTiming } from '../../src/main/station/apply/continuous'
import type { Clock } from '../../src/main/platform/clock'
import { silentLogger, type Logger } from '../../src/main/platform/logger'
import { keyFileSecretBox } from '../../src/main/platform/secret-box'
import { createStation, type Station } from '../../src/main/station'
import type { Store } from '../../src/main/store'
import type { SimDeviceRecord } from '../../src/simulator'
import type { Result } from '@shared/result'

export interface TestStation {
  station: Station
  dataDir: string
}

/** A station on a fresh temp data dir (in-memory roster unless a file is asked for). */
export function testStation(
  options: {
    onDisk?: boolean
    clock?: Clock
    dataDir?: string
    apply?: ApplyOptions
    healthCheckMs?: number
    onStoreOpen?: (store: Store) => void
    /** false: no scheduled upkeep (events clean-up, health polls); see StationDeps. */
    scheduled?: boolean
    holdingsCheckMs?: number
    preview?: PreviewOptions
    logger?: Logger
    /** Changes applied by themselves (StationDeps.continuousApply); off unless asked. */
    continuousApply?: boolean
    /** Continuous apply's timing (StationDeps.continuousTiming). */
    continuousTiming?: ContinuousTiming
    /** Where discovery probes go (the simulator's SADP port; default a silent loopback port). */
    sadp?: { address: string; port: number }
  } = {},
): TestStation {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'es-station-'))
  const station = createStation({
    dataDir,
    secrets: keyFileSecretBox(join(dataDir, 'secret.key')),
    clock: options.clock ?? { now: () => new Date() },
    logger: options.logger ?? silentLogger,
    bridge: 'test',
    version: '0.0.0-test',
    databaseFile: options.onDisk ? undefined : ':memory:',
    ...(options.apply ? { apply: options.apply } : {}),
    ...(options.healthCheckMs ? { healthCheckMs: options.healthCheckMs } : {}),
    ...(options.onStoreOpen ? { onStoreOpen: options.onStoreOpen } : {}),
    ...(options.scheduled === undefined ? {} : { scheduled: options.scheduled }),
    holdingsCheckMs: options.holdingsCheckMs ?? 0,
    ...(options.preview ? { preview: options.preview } : {}),
    ...(options.continuousApply ? { continuousApply: true } : {}),
    ...(options.continuousTiming ? { continuousTiming: options.continuousTiming } : {}),
    // never a real multicast probe from a test: nothing listens on the discard port
    sadp: options.sadp ?? { address: '127.0.0.1', port: 9 },
  })
  return { station, dataDir }
}

/** Adds a simulated terminal to a station over plain HTTP with its own credentials (one login). */
export function addSimulated(
  station: Pick<Station, 'call'>,
  d: Pick<SimDeviceRecord, 'host' | 'port' | 'username' | 'password'>,
  name: string,
  protocol: 'http' | 'https' = 'http',
): Promise<Result<unknown>> {
  return station.call('devices.add', {
    name,
    host: d.host,
    port: d.port,
    protocol,
    username: d.username,
    password: d.password,
  })
}
