// The demo site: simulated terminals started in-process by an injected launcher, added as
// devices, filled with a few sample persons (synthetic faces) and applied. It survives a
// restart: the terminals keep their flash in the data folder and come back on their ports.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Device } from '@shared/model'
import { DEMO_SITE, type DemoStatus } from '@shared/contract/demo'
import type { ApplyService } from '../apply/apply-service'
import type { StationContext } from '../context'
import type { DeviceService } from '../devices/device-service'
import type { Feature } from '../feature'
import type { RosterService } from '../roster/roster-service'
import type { DemoSite } from './demo-types'
import { codedFailure } from '@shared/coded-failure'

const KEY = 'demoSite'
const SITE = DEMO_SITE
const SAMPLE_NOTE = 'Demo site sample person'

interface DemoState {
  deviceIds: string[]
  firstPort: number
}

interface SamplePerson {
  employeeNo: string
  name: string
  group: string
  card: string
  face: string
}

export function demoFeature(
  ctx: StationContext,
  devices: DeviceService,
  roster: RosterService,
  apply: ApplyService,
): Feature {
  const { store } = ctx
  let site: DemoSite | null = null
  let starting: Promise<unknown> | null = null
  const demoIds = (): string[] => store.settings.getValue<DemoState | null>(KEY)?.deviceIds ?? []

  // A real terminal added (anything but the demo's own): the demo is never started by itself.
  // Once that is settled, health pushes cost nothing here.
  let offered = false
  ctx.bus.subscribe((event, payload) => {
    if (event !== 'device.status' || offered) return
    if (store.settings.get().demoOffered) return void (offered = true)
    const { deviceId } = payload as { deviceId: string }
    if (!demoIds().includes(deviceId) && store.devices.get(deviceId)) {
      store.settings.set({ demoOffered: true })
      offered = true
    }
  })

  const provider = () => {
    if (!ctx.demo) throw codedFailure('NOT_SUPPORTED', 'demoUnavailable')
    return ctx.demo
  }

  /** Consecutive ports, so a restart finds the terminals where the roster says they are. */
  const launchOnFreeBlock = async (): Promise<DemoSite> => {
    for (let attempt = 0; attempt < 5; attempt++) {
      const firstPort = 20_000 + Math.floor(Math.random() * 20_000)
      try {
        return await provider().launch({ firstPort })
      } catch {
        // a port of the block is taken: try another block
      }
    }
    return provider().launch({})
  }

  const samplePersons = async (): Promise<number> => {
    const dir = provider().resourcesDir
    const people = JSON.parse(readFileSync(join(dir, 'persons.json'), 'utf8')) as SamplePerson[]
    let added = 0
    for (const p of people) {
      if (store.persons.get(p.employeeNo)) continue
      roster.save({
        employeeNo: p.employeeNo,
        name: p.name,
        userType: 'normal',
        gender: 'unknown',
        doorRights: [1],
        planTemplateNo: '1',
        groupName: p.group,
        notes: SAMPLE_NOTE,
      })
      if (!store.credentials.cards.owner(p.card))
        roster.addCardTo({ employeeNo: p.employeeNo, cardNo: p.card, cardType: 'normalCard' })
      await roster.setFace(p.employeeNo, readFileSync(join(dir, p.face)), 'demo')
      added++
    }
    return added
  }

  const start = async (): Promise<{ devices: Device[]; persons: number }> => {
    if (site) throw codedFailure('CONFLICT', 'demoRunning')
    site = await launchOnFreeBlock()
    const added: Device[] = []
    for (const t of site.terminals) {
      added.push(
        await devices.add({
          name: `${t.name} (${t.model})`,
          host: t.host,
          port: t.port,
          protocol: 'http',
          username: t.username,
          password: t.password,
          site: SITE,
        }),
      )
    }
    store.settings.setValue(KEY, {
      deviceIds: added.map((d) => d.id),
      firstPort: site.terminals[0]?.port ?? 0,
    } satisfies DemoState)
    store.settings.set({ demoOffered: true })
    const persons = await samplePersons()
    void apply
      .start({})
      .catch((error: unknown) =>
        ctx.logger.warn('demo apply did not start', { error: String(error) }),
      )
    return { devices: added, persons }
  }

  /** A restart: bring the demo terminals back, on their old ports when free. */
  const relaunch = async (state: DemoState): Promise<void> => {
    const records = state.deviceIds
      .map((id) => store.devices.get(id))
      .filter((r) => r !== undefined)
    if (records.length === 0) return
    site = await provider()
      .launch({ firstPort: state.firstPort })
      .catch(() => provider().launch({}))
    for (const [i, t] of site.terminals.entries()) {
      const record = records[i]
      if (!record) continue
      if (record.port !== t.port || record.host !== t.host)
        store.devices.put({
          ...record,
          host: t.host,
          port: t.port,
          tlsFingerprint: null,
          updatedAt: ctx.clock.now().toISOString(),
        })
      await devices.check(record.id)
    }
    store.settings.setValue(KEY, {
      ...state,
      firstPort: site.terminals[0]?.port ?? state.firstPort,
    })
  }

  const status = (): DemoStatus => {
    const deviceIds = demoIds().filter((id) => store.devices.get(id) !== undefined)
    return { active: deviceIds.length > 0 || site !== null, deviceIds }
  }

  /** The sample persons as the demo added them (an edited one is the user's now). */
  const untouchedSamples = (): string[] => {
    if (!ctx.demo) return []
    const people = JSON.parse(
      readFileSync(join(ctx.demo.resourcesDir, 'persons.json'), 'utf8'),
    ) as SamplePerson[]
    return people
      .map((p) => p.employeeNo)
      .filter((no) => store.persons.get(no)?.notes === SAMPLE_NOTE)
  }

  const remove = async (): Promise<{ devices: number; persons: number }> => {
    const { deviceIds, active } = status()
    if (!active) throw codedFailure('NOT_FOUND', 'demoMissing')
    await starting
    await site?.close()
    site = null
    let removedDevices = 0
    for (const id of deviceIds) if ((await devices.remove(id)).removed) removedDevices++
    let removedPersons = 0
    for (const no of untouchedSamples()) if (roster.remove(no).removed) removedPersons++
    store.settings.setValue(KEY, null)
    store.settings.set({ demoOffered: true })
    await ctx.demo?.forget()
    return { devices: removedDevices, persons: removedPersons }
  }

  return {
    handlers: {
      'demo.status': () => status(),
      'demo.remove': () => remove(),
      'demo.start': () => {
        const run = start()
        starting = run.catch(() => {})
        return run
      },
    },
    start() {
      const state = store.settings.getValue<DemoState>(KEY)
      if (state && ctx.demo) {
        starting = relaunch(state).catch((error: unknown) =>
          ctx.logger.warn('demo site could not be restarted', { error: String(error) }),
        )
      }
    },
    async close() {
      await starting
      await site?.close()
      site = null
    },
  }
}
