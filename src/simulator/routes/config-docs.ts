// Generic configuration resources: GET returns the stored document or the profile's factory
// values, PUT validates against the capability document and stores, /capabilities serves it.
import { acsDocs, linkageDocs } from '../config/docs-acs.js'
import { mediaDocs } from '../config/docs-media.js'
import { networkDocs } from '../config/docs-network.js'
import { terminalMediaDocs } from '../config/docs-terminal-media.js'
import { identityTerminalDocs } from '../config/docs-identity-terminal.js'
import { cardRuleDoc, rfCardRoutes } from '../config/rf-cards.js'
import { scheduleDocs } from '../config/docs-schedules.js'
import { systemDocs } from '../config/docs-system.js'
import { guide1Docs } from '../config/docs-guide1.js'
import type { DocSpec } from '../config/doc-spec.js'
import { DocValidator, capsToXml } from '../config/validate.js'
import { jsonRoot, xmlRoot } from '../http/body.js'
import { fail } from '../http/errors.js'
import { json, jsonStatus, okJson, okXml, xml } from '../http/respond.js'
import type { Reply } from '../http/respond.js'
import type { Ctx, RouteDef } from '../http/route.js'
import type { XmlNode } from '../http/xml.js'

type Json = Record<string, unknown>

function docId(ctx: Ctx, spec: DocSpec): number {
  if (!spec.ids) return 0
  const n = Number(ctx.params.id)
  const [min, max] = spec.ids(ctx.dev.profile)
  if (!Number.isInteger(n) || n < min || n > max) {
    if (spec.format === 'json')
      throw Object.assign(new Error('notSupport'), {
        reply: jsonStatus('notSupport', { errorMsg: 'This function is not supported.' }),
      })
    fail('notSupport', 'This function is not supported.', 403)
  }
  return n
}

/** Deletes a dotted key (`cloudStorage.cloudPassword`): write-only fields are never stored nor returned. */
function dropPath(doc: Json, dotted: string): void {
  const parts = dotted.split('.')
  let node: unknown = doc
  for (const part of parts.slice(0, -1))
    node = typeof node === 'object' && node !== null ? (node as Json)[part] : undefined
  if (typeof node === 'object' && node !== null) delete (node as Json)[parts[parts.length - 1]!]
}

const key = (spec: DocSpec, id: number): string => `${spec.root}/${id}`

function current(ctx: Ctx, spec: DocSpec, id: number): { doc: Json; factory: Json } {
  const factory = spec.defaults(ctx.dev.profile, id)
  const stored = ctx.dev.data.docs[key(spec, id)] as Json | undefined
  return { doc: stored ?? factory, factory }
}

function withNotSupport(handler: (ctx: Ctx) => Reply): (ctx: Ctx) => Reply {
  return (ctx) => {
    try {
      return handler(ctx)
    } catch (e) {
      const r = (e as { reply?: Reply }).reply
      if (r) return r
      throw e
    }
  }
}

function get(spec: DocSpec): (ctx: Ctx) => Reply {
  return withNotSupport((ctx) => {
    const { doc } = current(ctx, spec, docId(ctx, spec))
    const out = structuredClone(doc)
    for (const w of spec.writeOnly ?? []) dropPath(out, w)
    return spec.format === 'json' ? json({ [spec.root]: out }) : xml(spec.root, out as XmlNode)
  })
}

function put(spec: DocSpec): (ctx: Ctx) => Reply {
  return withNotSupport((ctx) => {
    const id = docId(ctx, spec)
    const body =
      spec.format === 'json' ? jsonRoot(ctx, spec.root) : (xmlRoot(ctx, spec.root) as Json)
    const { doc, factory } = current(ctx, spec, id)
    const next = new DocValidator(spec.format === 'xml').merge(
      body,
      doc,
      spec.caps(ctx.dev.profile),
      factory,
    )
    for (const w of spec.writeOnly ?? []) dropPath(next, w)
    ctx.dev.data.docs[key(spec, id)] = next
    ctx.dev.changed()
    ctx.dev.recordEvent(3, 118, { netUser: ctx.account.userName, remoteHostAddr: ctx.ip })
    if (spec.after === 'reboot' && JSON.stringify(next) !== JSON.stringify(doc)) {
      for (const [k, f] of ctx.dev.data.faces)
        if (f.faceLibType !== 'staticFD') ctx.dev.data.faces.delete(k)
      ctx.dev.changed()
      setTimeout(() => ctx.dev.reboot(), 50)
    }
    return spec.format === 'json' ? okJson() : okXml(ctx.path)
  })
}

function capsRoute(spec: DocSpec): RouteDef {
  const path = spec.capsPath ?? `${spec.path.replace(/\/:id$/, '')}/capabilities`
  const root = spec.capsRoot ?? spec.root
  return {
    path,
    format: spec.format,
    ...(spec.feature ? { feature: spec.feature } : {}),
    GET: (ctx) =>
      spec.format === 'json'
        ? json({ [root]: spec.caps(ctx.dev.profile) })
        : xml(root, capsToXml(spec.caps(ctx.dev.profile)) as XmlNode),
  }
}

const thermalCaps: RouteDef = {
  path: '/ISAPI/Thermal/capabilities',
  format: 'xml',
  feature: 'temperature',
  GET: () =>
    xml('ThermalCap', {
      isSupportThermometry: true,
      isSupportBlackBody: true,
      isSupportFaceThermometry: true,
    }),
}

export function configDocRoutes(): RouteDef[] {
  const specs = [
    ...scheduleDocs(),
    ...acsDocs,
    ...linkageDocs,
    ...systemDocs,
    ...mediaDocs,
    ...networkDocs,
    ...terminalMediaDocs,
    ...guide1Docs,
    ...identityTerminalDocs,
    cardRuleDoc,
  ]
  return [
    thermalCaps,
    ...rfCardRoutes,
    ...specs.flatMap((spec) => [
      capsRoute(spec),
      {
        path: spec.path,
        format: spec.format,
        ...(spec.feature ? { feature: spec.feature } : {}),
        GET: get(spec),
        PUT: put(spec),
      },
    ]),
  ]
}
