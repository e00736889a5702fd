import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { AcsEventRecord } from '../../src/main/isapi'
import { toInput } from '../../src/main/station/events/ingest'
import { openStore } from '../../src/main/store'
import { runCli } from '../helpers/cli'

const DAY = 86_400_000

describe('cli events', () => {
  it('searches by part of a name and prunes events past the retention', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'es-cli-events-'))
    const store = openStore(join(dataDir, 'roster.sqlite'))
    const seed = (serialNo: number, ago: number, name: string) => {
      const at = new Date(Date.now() - ago)
      const e: AcsEventRecord = {
        kind: 'access',
        major: 5,
        minor: 75,
        serialNo,
        time: at.toISOString(),
        employeeNo: String(1000 + serialNo),
        name,
        raw: {},
      }
      store.events.insert(toInput('door', e, 'backfill', undefined, at, true))
    }
    seed(1, 400 * DAY, 'Ann Lee')
    seed(2, 2 * DAY, 'Ann Lee')
    seed(3, 1 * DAY, 'Bo Wei')
    store.close()

    const found = await runCli(dataDir, ['events', 'search', '--name', 'ANN'])
    expect(found).toMatchObject({ code: 0, json: { total: 2 } })
    const pruned = await runCli(dataDir, ['events', 'prune'])
    expect(pruned).toMatchObject({ code: 0, json: { events: 1, pictures: 0, bytes: 0 } })
    const after = await runCli(dataDir, ['events', 'search', '--name', 'ann'])
    expect(after).toMatchObject({ code: 0, json: { total: 1 } })
    const refused = await runCli(dataDir, ['settings', 'set', 'eventRetentionDays=3'])
    expect(refused).toMatchObject({ code: 1 })
  })
})
