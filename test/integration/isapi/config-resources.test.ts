// Every registered configuration resource, through the client against the simulator: its
// capability document parses, its document reads, and a change within the capabilities written
// back (read-modify-write of the whole document) reads back changed. Two profiles: a face
// terminal and a 2-door controller.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ConfigField, ConfigValue } from '../../../src/shared/contract/config'
import { flatten, withValue } from '../../../src/main/station/config/document'
import { fieldsOf, resourceCaps } from '../../../src/main/station/config/fields'
import { CONFIG_RESOURCES } from '../../../src/main/station/config/registry'
import type { ResourceDef } from '../../../src/main/station/config/resource-def'
import { client, fleet, type Fleet } from './helpers'

/** A value the capabilities allow that differs from the current one. */
function another(f: ConfigField, now: ConfigValue | null): ConfigValue {
  if (f.type === 'boolean') return !(now === true || now === 'true')
  if (f.type === 'enum') return f.options!.find((o) => o !== String(now))!
  if (f.type === 'number') return Number(now) === (f.min ?? 0) ? (f.max ?? 1) : (f.min ?? 0)
  return `T${Date.now() % 1000}`.slice(0, f.maxLength ?? 8)
}

const addr = (def: ResourceDef) => ({
  path: def.path.replace('{id}', '1'),
  capsPath: def.capsPath.replace('{id}', '1'),
  format: def.format,
  root: def.root ?? def.id,
})

/** Only temperature-screening terminals (iris-face) serve these. */
const THERMAL = [
  'TemperatureScreening',
  'ThermometryBasicParam',
  'FaceThermometry',
  'ThermalBlackBody',
]
const SERVED: Record<string, string[]> = {
  'face-fp': CONFIG_RESOURCES.map((r) => r.id).filter((id) => !THERMAL.includes(id)),
  'card-door': CONFIG_RESOURCES.map((r) => r.id).filter(
    (id) =>
      ![
        'FaceCompareCond',
        'FaceRecognizeMode',
        'MaskDetection',
        ...THERMAL,
        // a face terminal's camera, loudspeaker, microphone and intercom number
        'powerLineFrequency',
        'Color',
        'Sharpness',
        'SupplementLight',
        'AudioOut',
        'AudioIn',
        'DeviceId',
        'TTSText',
        'AudioChannel',
        'AudioChannelList',
        'ImageModeList',
        'ImageModesList',
        'Page',
        // the identity-recognition terminal's settings (face terminals)
        'IdentityTerminal',
      ].includes(id),
  ),
  'iris-face': THERMAL,
}

describe.each(['face-fp', 'card-door', 'iris-face'] as const)('%s', (profile) => {
  let f: Fleet
  beforeAll(async () => {
    f = await fleet({ devices: 1, profile })
  })
  afterAll(async () => f.close())

  it.each(SERVED[profile]!)('%s: caps, get, and a change read back', async (id) => {
    const def = CONFIG_RESOURCES.find((r) => r.id === id)!
    const c = client(f.devices[0]!)
    try {
      const caps = resourceCaps(def, await c.config.caps(addr(def)))
      const doc = await c.config.read(addr(def))
      const values = flatten(doc, def.itemKey)
      const fields = fieldsOf(def, caps, values)
      if (def.readOnly) {
        // a status document: it reads, and the station offers nothing of it to edit
        expect(Object.keys(values).length).toBeGreaterThan(0)
        expect(fields.filter((x) => !x.readOnly)).toEqual([])
        return
      }
      const editable = fields.filter(
        (x) => !x.readOnly && (x.type !== 'enum' || x.options!.length > 1),
      )
      expect(editable.length, `${id} has editable fields`).toBeGreaterThan(0)
      const named = Object.keys(def.fields ?? {})
      // a list edited as JSON text has its own test (config-guide1: NTPServerList)
      const plain = editable.filter((x) => !def.fields?.[x.key]?.jsonList)
      if (plain.length === 0) return
      const field = plain.find((x) => named.includes(x.key)) ?? plain[0]!
      const want = another(field, values[field.key] ?? null)
      const wire = def.format === 'xml' ? String(want) : want
      await c.config.write(addr(def), withValue(doc, field.key, wire, def.itemKey) as never)
      if (def.reboots) await c.maintenance.waitForReboot({ intervalMs: 20, downWithinMs: 5_000 })
      const back = flatten(await c.config.read(addr(def)), def.itemKey)
      expect(String(back[field.key])).toBe(String(want))
      // the other fields travelled back as they were
      for (const [k, v] of Object.entries(values))
        if (k !== field.key && !['localTime', 'hostName', 'ipAddress'].includes(k))
          expect(back[k], `${id}.${k}`).toEqual(v)
    } finally {
      await c.close()
    }
  })
})

describe('the simulated terminal refuses what its capabilities do not allow', () => {
  let f: Fleet
  beforeAll(async () => {
    f = await fleet({ devices: 1, profile: 'face-fp' })
  })
  afterAll(async () => f.close())

  const refused = async (def: ResourceDef, content: unknown) => {
    const c = client(f.devices[0]!)
    try {
      await c.config.write(addr(def), content as never)
      return null
    } catch (e) {
      return e as { subStatusCode?: string; httpStatus?: number }
    } finally {
      await c.close()
    }
  }
  const def = (id: string) => CONFIG_RESOURCES.find((r) => r.id === id)!

  it.each([
    ['RFCardCfg', [{ cardType: 'HIDCard', enabled: true }]],
    ['RFCardCfg', [{ cardType: 'EMCard', enabled: 'yes' }]],
    ['CardReaderCfg', { defaultVerifyMode: 'retina' }],
    ['CardReaderCfg', { faceMatchThreshold1: 101 }],
    ['CardVerificationRule', { cardNoLenMode: 'wiegand99' }],
    ['LockType', { status: 'ajar' }],
  ])('%s %j', async (id, content) => {
    const e = await refused(def(id), content)
    expect(e?.httpStatus).toBe(400)
    expect(e?.subStatusCode).toMatch(/badParameters|badXmlContent/)
  })
})
