// The context a station builds around its store (createStation does it for a whole station),
// for tests and benches that drive one service alone over a store they seeded: the key file in
// `dataDir`, no log, a fresh event bus, the audit written by `test`.
import { join } from 'node:path'
import type { Clock } from '../../src/main/platform/clock'
import { silentLogger } from '../../src/main/platform/logger'
import { keyFileSecretBox } from '../../src/main/platform/secret-box'
import { auditWriter } from '../../src/main/station/audit/feature'
import type { StationContext } from '../../src/main/station/context'
import { createEventBus } from '../../src/main/station/event-bus'
import type { Store } from '../../src/main/store'

export function storeContext(
  dataDir: string,
  store: Store,
  clock: Clock = { now: () => new Date() },
): StationContext {
  return {
    dataDir,
    secrets: keyFileSecretBox(join(dataDir, 'secret.key')),
    clock,
    logger: silentLogger,
    bridge: 'test',
    version: 'test',
    store,
    audit: auditWriter(store, { now: () => new Date() }, 'test'),
    bus: createEventBus(),
    startedAt: clock.now(),
  }
}
