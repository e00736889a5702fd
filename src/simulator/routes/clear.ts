// "Clear" actions (PUT {"Clear…":{"ClearFlags":{flag:bool}}}) that reset stored documents or
// pictures to factory state, with their capability documents (flags as "true,false").
import { jsonRoot } from '../http/body.js'
import { fail } from '../http/errors.js'
import { json, okJson } from '../http/respond.js'
import type { Ctx, RouteDef } from '../http/route.js'
import type { Feature } from '../profiles/types.js'

type Action = (ctx: Ctx) => void

/** Deletes stored documents whose key starts with one of the roots (factory values come back). */
const resetDocs =
  (...roots: string[]): Action =>
  (ctx) => {
    for (const k of Object.keys(ctx.dev.data.docs))
      if (roots.some((r) => k.startsWith(`${r}/`))) delete ctx.dev.data.docs[k]
  }

interface ClearSpec {
  name: string
  capsRoot: string
  feature?: Feature
  flags: Record<string, Action>
}

const family = (flag: string, root: string): [string, Action] => [flag, resetDocs(root)]

const SPECS: ClearSpec[] = [
  {
    name: 'ClearPlansCfg',
    capsRoot: 'ClearPlansCfg',
    flags: Object.fromEntries([
      family('doorStatusWeekPlan', 'DoorStatusWeekPlanCfg'),
      family('cardReaderWeekPlan', 'VerifyWeekPlanCfg'),
      family('userRightWeekPlan', 'UserRightWeekPlanCfg'),
      family('doorStatusHolidayPlan', 'DoorStatusHolidayPlanCfg'),
      family('cardReaderHolidayPlan', 'VerifyHolidayPlanCfg'),
      family('userRightHolidayPlan', 'UserRightHolidayPlanCfg'),
      family('doorStatusHolidayGroup', 'DoorStatusHolidayGroupCfg'),
      family('cardReaderHolidayGroup', 'VerifyHolidayGroupCfg'),
      family('userRightHolidayGroup', 'UserRightHolidayGroupCfg'),
      family('doorStatusTemplate', 'DoorStatusPlanTemplate'),
      family('cardReaderTemplate', 'VerifyPlanTemplate'),
      family('userRightTemplate', 'UserRightPlanTemplate'),
    ]),
  },
  { name: 'ClearGroupCfg', capsRoot: 'ClearGroupCfg', flags: { groupCfg: resetDocs('GroupCfg') } },
  {
    name: 'ClearAntiSneakCfg',
    capsRoot: 'ClearAntiSneakCfg',
    flags: { antiSneak: resetDocs('AntiSneakCfg', 'CardReaderAntiSneakCfg') },
  },
  {
    name: 'ClearEventCardLinkageCfg',
    capsRoot: 'ClearEventCardLinkageCfg',
    flags: { eventCardLinkage: resetDocs('EventCardLinkageCfg') },
  },
  {
    name: 'ClearPictureCfg',
    capsRoot: 'ClearPictureCfgCap',
    feature: 'face',
    flags: {
      facePicture: (ctx) => {
        for (const [k, f] of ctx.dev.data.faces)
          if (f.faceLibType !== 'staticFD') ctx.dev.data.faces.delete(k)
      },
      capOrVerifyPicture: (ctx) => {
        for (const k of [...ctx.dev.pictures.keys()])
          if (k.includes('/acsLinkCap/') || k.includes('/capture/')) ctx.dev.pictures.delete(k)
      },
    },
  },
]

function routesFor(spec: ClearSpec): RouteDef[] {
  const base = `/ISAPI/AccessControl/${spec.name}`
  const feature = spec.feature ? { feature: spec.feature } : {}
  const capFlags = Object.fromEntries(
    Object.keys(spec.flags).map((f) => [
      f,
      spec.name === 'ClearPictureCfg' ? { '@opt': [true, false] } : 'true,false',
    ]),
  )
  return [
    {
      path: `${base}/capabilities`,
      format: 'json',
      ...feature,
      GET: () => json({ [spec.capsRoot]: { ClearFlags: capFlags } }),
    },
    {
      path: base,
      format: 'json',
      ...feature,
      PUT: (ctx) => {
        const flags = jsonRoot(ctx, spec.name).ClearFlags
        if (typeof flags !== 'object' || flags === null || Array.isArray(flags))
          fail('MessageParametersLack', 'ClearFlags')
        for (const [flag, v] of Object.entries(flags)) {
          if (typeof v !== 'boolean') fail('badParameters', flag)
          if (v) spec.flags[flag]?.(ctx)
        }
        ctx.dev.changed()
        ctx.dev.recordEvent(3, 118, { netUser: ctx.account.userName, remoteHostAddr: ctx.ip })
        return okJson()
      },
    },
  ]
}

export const clearRoutes: RouteDef[] = SPECS.flatMap(routesFor)
