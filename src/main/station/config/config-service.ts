// config.list / get / caps / set over the registry (registry.ts). `set` is read-modify-write on
// the terminal's current document: fields the station does not know travel back as the terminal
// sent them; every change is checked against the terminal's capability document before anything
// is sent; the document is read back and the difference returned and audited.
import type { CapField, IsapiClient, ResourceAddress } from '../../isapi'
import { isIsapiError } from '../../isapi'
import type {
  ConfigCaps,
  ConfigDocument,
  ConfigResourceInfo,
  ConfigSetResult,
  ConfigValue,
} from '@shared/contract/config'
import type { StationContext } from '../context'
import type { DeviceService } from '../devices/device-service'
import { diff, flatten, valueAt, withValue } from './document'
import { capAt, checkChange, fieldsOf, resourceCaps } from './fields'
import { listValue } from './list-fields'
import { isSecret, maskSecrets, withoutSecrets } from './secrets'
import { stationRenameFollower } from './station-rename'
import { CONFIG_RESOURCES, resourceById } from './registry'
import type { InstanceRange, ResourceDef } from './resource-def'
import { codedFailure } from '@shared/coded-failure'

/** At most this many instances of one resource are listed (a controller has up to 8 doors). */
const MAX_INSTANCES = 64

const fill = (path: string, instance: number | null): string =>
  path.replace('{id}', String(instance ?? ''))

const address = (def: ResourceDef, instance: number | null): ResourceAddress => ({
  path: fill(def.path, instance),
  capsPath: fill(def.capsPath, instance ?? 1),
  format: def.format,
  root: def.root ?? def.id,
})

const unsupported = (e: unknown): boolean =>
  isIsapiError(e) &&
  (e.category === 'notSupported' || (e.httpStatus === 404 && e.category !== 'offline'))

function flagAt(caps: Record<string, CapField>, key: string): boolean {
  const parts = key.split('.')
  let fields: Record<string, CapField> | undefined = caps
  let node: CapField | undefined
  for (const part of parts) {
    node = fields?.[part]
    fields = node?.fields
  }
  return node?.value === 'true'
}

export function configService(ctx: StationContext, devices: DeviceService) {
  const on = devices.call

  const definition = (resource: string): ResourceDef => {
    const def = resourceById(resource)
    if (!def)
      throw codedFailure(
        'NOT_FOUND',
        'configResourceUnknown',
        { resource, known: CONFIG_RESOURCES.map((r) => r.id).join(', ') },
        { resource },
      )
    return def
  }

  const instanceOf = (def: ResourceDef, instance: number | undefined): number | null => {
    if (!def.instances) return null
    return instance ?? 1
  }

  async function instanceIds(client: IsapiClient, range: InstanceRange): Promise<number[]> {
    const caps = await client.config.capabilities(range.capsPath, range.format)
    const field = caps[range.field]
    const min = Math.max(1, field?.min ?? 1)
    const max = Math.min(field?.max ?? min, min + MAX_INSTANCES - 1)
    return Array.from({ length: Math.max(0, max - min + 1) }, (_, i) => min + i)
  }

  /** Whether the terminal offers a resource and which instances it has. */
  async function offer(
    client: IsapiClient,
    def: ResourceDef,
    flags: { acs: Record<string, CapField>; system: Record<string, CapField> },
  ): Promise<number[] | null> {
    try {
      if (def.flag && !flagAt(flags[def.flag.doc], def.flag.key)) return null
      if (def.instances) {
        const ids = await instanceIds(client, def.instances)
        return ids.length > 0 ? ids : null
      }
      if (!def.flag) await client.config.caps(address(def, null))
      return []
    } catch (e) {
      if (unsupported(e)) return null
      throw e
    }
  }

  const optionalCaps = async (client: IsapiClient, path: string) => {
    try {
      return await client.config.capabilities(path, 'xml')
    } catch (e) {
      if (unsupported(e)) return {}
      throw e
    }
  }

  /** The resource's capability document, keyed like its document (capsItem). */
  const readCaps = async (client: IsapiClient, def: ResourceDef, instance: number | null) => {
    return resourceCaps(def, await client.config.caps(address(def, instance)))
  }

  const readDoc = async (client: IsapiClient, def: ResourceDef, instance: number | null) =>
    client.config.read(address(def, instance))
  const followRename = stationRenameFollower(ctx, devices)

  return {
    async list(deviceId: string): Promise<ConfigResourceInfo[]> {
      return on(deviceId, async (client) => {
        const [acs, system] = await Promise.all([
          optionalCaps(client, '/ISAPI/AccessControl/capabilities'),
          optionalCaps(client, '/ISAPI/System/capabilities'),
        ])
        const offered = await Promise.all(
          CONFIG_RESOURCES.map((def) => offer(client, def, { acs, system })),
        )
        return CONFIG_RESOURCES.map((def, i) => ({
          id: def.id,
          group: def.group,
          label: def.label,
          guide: def.guide,
          scope: def.instances?.kind ?? 'singleton',
          ids: offered[i] ?? [],
          reboots: def.reboots === true,
          offered: offered[i] !== null,
        }))
      })
    },

    async get(deviceId: string, resource: string, instance?: number): Promise<ConfigDocument> {
      const def = definition(resource)
      const n = instanceOf(def, instance)
      const doc = await on(deviceId, (client) => readDoc(client, def, n))
      return {
        resource: def.id,
        instance: n,
        values: withoutSecrets(def, flatten(doc, def.itemKey)),
      }
    },

    async caps(deviceId: string, resource: string, instance?: number): Promise<ConfigCaps> {
      const def = definition(resource)
      const n = instanceOf(def, instance)
      const [caps, doc] = await on(deviceId, (client) =>
        Promise.all([readCaps(client, def, n), readDoc(client, def, n)]),
      )
      return {
        resource: def.id,
        instance: n,
        fields: fieldsOf(def, caps, withoutSecrets(def, flatten(doc, def.itemKey))),
      }
    },

    async set(
      deviceId: string,
      resource: string,
      instance: number | undefined,
      changes: Record<string, ConfigValue>,
      checkOnly = false,
    ): Promise<ConfigSetResult> {
      const def = definition(resource)
      const n = instanceOf(def, instance)
      const device = devices.record(deviceId).name
      const [caps, current] = await on(deviceId, (client) =>
        Promise.all([readCaps(client, def, n), readDoc(client, def, n)]),
      )
      const before = withoutSecrets(def, flatten(current, def.itemKey))
      const fields = fieldsOf(def, caps, before)
      let next: unknown = current
      const wanted: Record<string, ConfigValue> = {}
      for (const [key, input] of Object.entries(changes)) {
        const field = fields.find((f) => f.key === key)
        const value = checkChange(field, key, input, { device, resource: def.id, fields })
        wanted[key] = value
        const hint = def.fields?.[key]
        if (hint?.numberList || hint?.jsonList) {
          const list = listValue(
            hint.numberList ? 'numbers' : 'json',
            String(value),
            capAt(caps, key, def.itemKey),
            { device, resource: def.id, key },
          )
          wanted[key] = JSON.stringify(list)
          next = withValue(next, key, list, def.itemKey)
          continue
        }
        // keep the terminal's own representation: XML text, JSON number / boolean / string
        const was = valueAt(current, key, def.itemKey)
        const wire =
          def.format === 'xml'
            ? String(value)
            : typeof was === 'number'
              ? Number(value)
              : typeof was === 'string'
                ? String(value)
                : value
        next = withValue(next, key, wire, def.itemKey)
      }
      for (const [key, hint] of Object.entries(def.fields ?? {}))
        if (hint.hidden && valueAt(next, key) !== undefined) {
          next = structuredClone(next)
          delete (next as Record<string, unknown>)[key]
        }
      if (checkOnly) {
        const planned = diff(before, withoutSecrets(def, flatten(next, def.itemKey)))
        return {
          resource: def.id,
          instance: n,
          values: before,
          changed: planned,
          checkedOnly: true,
          notApplied: [],
        }
      }
      const after = await on(deviceId, async (client) => {
        await client.config.write(address(def, n), next as Record<string, unknown>)
        return readDoc(client, def, n)
      })
      const values = withoutSecrets(def, flatten(after, def.itemKey))
      const changed = diff(before, values).filter((c) => !def.fields?.[c.key]?.hidden)
      const notApplied = Object.keys(wanted).filter(
        (k) => !isSecret(def, k) && String(values[k] ?? '') !== String(wanted[k]),
      )
      ctx.audit('config.set', `device:${deviceId}`, {
        resource: def.id,
        instance: n,
        requested: maskSecrets(def, changes),
        changed,
        notApplied,
      })
      const result: ConfigSetResult = {
        resource: def.id,
        instance: n,
        values,
        changed,
        checkedOnly: false,
        notApplied,
      }
      const stationRename = await followRename(deviceId, def, changed)
      return stationRename ? { ...result, stationRename } : result
    },
  }
}

export type ConfigService = ReturnType<typeof configService>
