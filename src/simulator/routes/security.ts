import { xmlRoot } from '../http/body.js'
import { fail } from '../http/errors.js'
import { okXml, xml } from '../http/respond.js'
import type { Ctx, RouteDef } from '../http/route.js'
import type { XmlNode } from '../http/xml.js'
import type { DeviceAccount } from '../state/model.js'
import { isStrongPassword } from './passwords.js'

const LEVELS = ['Administrator', 'Operator', 'Viewer'] as const

const userNode = (a: DeviceAccount): XmlNode => ({
  id: a.id,
  userName: a.userName,
  userLevel: a.userLevel,
})

function permissionNode(a: DeviceAccount): XmlNode {
  const admin = a.userLevel === 'Administrator'
  const op = a.userLevel !== 'Viewer'
  return {
    id: a.id,
    userID: a.id,
    userType: a.userLevel === 'Administrator' ? 'admin' : a.userLevel.toLowerCase(),
    remotePermission: {
      parameterConfig: admin || a.parameterConfig === true,
      logOrStateCheck: true,
      upgrade: admin,
      voiceTalk: op,
      restartOrShutdown: admin,
      preview: true,
      playBack: true,
    },
  }
}

function requireAdminPassword(ctx: Ctx, given: unknown): void {
  if (ctx.account.userLevel !== 'Administrator') fail('lowPrivilege', 'lowPrivilege')
  if (given !== undefined && given !== ctx.account.password)
    fail('badParameters', 'loginPassword', 400)
}

function readUser(ctx: Ctx, n: XmlNode, existing?: DeviceAccount): DeviceAccount {
  const userName = typeof n.userName === 'string' ? n.userName : existing?.userName
  if (!userName || userName.length > 32) fail('badXmlContent', 'userName', 400)
  const level = (typeof n.userLevel === 'string' ? n.userLevel : existing?.userLevel) as
    DeviceAccount['userLevel'] | undefined
  if (!level || !LEVELS.includes(level)) fail('badXmlContent', 'userLevel', 400)
  const password = typeof n.password === 'string' ? n.password : existing?.password
  if (!password) fail('MessageParametersLack', 'password', 400)
  if (n.password !== undefined && !isStrongPassword(password, userName))
    fail('badParameters', 'riskPassword', 400)
  const id = existing?.id ?? Math.max(0, ...ctx.dev.data.accounts.map((a) => a.id)) + 1
  return { id, userName, password, userLevel: level }
}

export const securityRoutes: RouteDef[] = [
  {
    path: '/ISAPI/Security/userCheck',
    format: 'xml',
    GET: (ctx) =>
      xml('userCheck', {
        statusValue: 200,
        statusString: 'OK',
        isDefaultPassword: false,
        isRiskPassword: !isStrongPassword(ctx.account.password, ctx.account.userName),
        isActivated: true,
      }),
  },
  {
    path: '/ISAPI/Security/users',
    format: 'xml',
    rights: { POST: 'admin' },
    GET: (ctx) => xml('UserList', { User: ctx.dev.data.accounts.map(userNode) }),
    POST: (ctx) => {
      const n = xmlRoot(ctx, 'User')
      requireAdminPassword(ctx, n.loginPassword)
      const acc = readUser(ctx, n)
      if (ctx.dev.data.accounts.some((a) => a.userName === acc.userName))
        fail('userExist', 'userName')
      if (ctx.dev.data.accounts.length >= 32) fail('noMemory', 'User', 400)
      ctx.dev.data.accounts.push(acc)
      ctx.dev.changed()
      return xml('ResponseStatus', {
        requestURL: ctx.path,
        statusCode: 1,
        statusString: 'OK',
        subStatusCode: 'ok',
        id: acc.id,
      })
    },
  },
  {
    path: '/ISAPI/Security/users/:id',
    format: 'xml',
    rights: { PUT: 'admin', DELETE: 'admin' },
    GET: (ctx) => {
      const a = ctx.dev.data.accounts.find((x) => String(x.id) === ctx.params.id)
      if (!a) fail('notSupport', 'id', 404)
      return xml('User', userNode(a))
    },
    PUT: (ctx) => {
      const a = ctx.dev.data.accounts.find((x) => String(x.id) === ctx.params.id)
      if (!a) fail('badParameters', 'id', 400)
      const n = xmlRoot(ctx, 'User')
      requireAdminPassword(ctx, n.loginPassword)
      const next = readUser(ctx, n, a)
      if (a.id === 1 && next.userLevel !== 'Administrator') fail('badParameters', 'userLevel', 400)
      Object.assign(a, next)
      ctx.dev.changed()
      return okXml(ctx.path)
    },
    DELETE: (ctx) => {
      requireAdminPassword(ctx, ctx.query.get('loginPassword') ?? undefined)
      const i = ctx.dev.data.accounts.findIndex((x) => String(x.id) === ctx.params.id)
      if (i < 0) fail('badParameters', 'id', 400)
      if (ctx.dev.data.accounts[i]!.id === 1) fail('invalidOperation', 'admin')
      ctx.dev.data.accounts.splice(i, 1)
      ctx.dev.changed()
      return okXml(ctx.path)
    },
  },
  {
    path: '/ISAPI/Security/users/:id/capabilities',
    format: 'xml',
    GET: () =>
      xml('User', {
        id: { '@min': 1, '@max': 32 },
        userName: { '@min': 1, '@max': 32 },
        password: { '@min': 8, '@max': 16 },
        userLevel: { '@opt': LEVELS.join(',') },
      }),
  },
  {
    path: '/ISAPI/Security/UserPermission',
    format: 'xml',
    GET: (ctx) =>
      xml('UserPermissionList', { UserPermission: ctx.dev.data.accounts.map(permissionNode) }),
  },
  {
    path: '/ISAPI/Security/UserPermission/:id',
    format: 'xml',
    rights: { PUT: 'admin' },
    GET: (ctx) => {
      const a = ctx.dev.data.accounts.find((x) => String(x.id) === ctx.params.id)
      if (!a) fail('notSupport', 'id', 404)
      return xml('UserPermission', permissionNode(a))
    },
    PUT: (ctx) => {
      const a = ctx.dev.data.accounts.find((x) => String(x.id) === ctx.params.id)
      if (!a) fail('badParameters', 'id', 400)
      const remote = xmlRoot(ctx, 'UserPermission').remotePermission as XmlNode | undefined
      const pc = remote?.parameterConfig
      if (pc !== undefined && pc !== 'true' && pc !== 'false')
        fail('badXmlContent', 'parameterConfig', 400)
      // The administrator's permissions are fixed; others may be granted remote configuration.
      if (a.userLevel !== 'Administrator' && pc !== undefined) a.parameterConfig = pc === 'true'
      ctx.dev.changed()
      return okXml(ctx.path)
    },
  },
  {
    path: '/ISAPI/Security/illegalLoginLock',
    format: 'xml',
    rights: { PUT: 'admin' },
    GET: (ctx) => {
      const pol = ctx.dev.auth.policy
      return xml('IllegalLoginLock', {
        enabled: true,
        maxIllegalLoginTimes: pol.lockoutAttempts,
        maxIllegalLoginLockTime: Math.round(pol.lockoutMs / 1000),
      })
    },
    PUT: (ctx) => {
      const n = xmlRoot(ctx, 'IllegalLoginLock')
      const times = Number(n.maxIllegalLoginTimes)
      const secs = Number(n.maxIllegalLoginLockTime)
      if (
        n.maxIllegalLoginTimes !== undefined &&
        (!Number.isInteger(times) || times < 3 || times > 20)
      )
        fail('badXmlContent', 'maxIllegalLoginTimes', 400)
      if (
        n.maxIllegalLoginLockTime !== undefined &&
        (!Number.isInteger(secs) || secs < 1 || secs > 86400)
      )
        fail('badXmlContent', 'maxIllegalLoginLockTime', 400)
      const pol = ctx.dev.auth.policy
      if (n.maxIllegalLoginTimes !== undefined) pol.lockoutAttempts = times
      if (n.maxIllegalLoginLockTime !== undefined) pol.lockoutMs = secs * 1000
      return okXml(ctx.path)
    },
  },
  {
    path: '/ISAPI/Security/capabilities',
    format: 'xml',
    GET: () =>
      xml('SecurityCap', {
        supportUserNums: 32,
        issupIllegalLoginLock: true,
        securityVersion: { '@opt': '1' },
        isSupportUserCheck: true,
        isSupportConfigFileImport: true,
        isSupportConfigFileExport: true,
        SecurityLimits: { LoginPasswordLenLimit: { '@min': 8, '@max': 16 } },
        cfgFileSecretKeyLenLimit: { '@min': 0, '@max': 32 },
      }),
  },
]
