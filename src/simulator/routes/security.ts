import { xmlRoot } from '../http/body.js'
import { fail } from '../http/errors.js'
import { okXml, xml } from '../http/respond.js'
import type { RouteDef } from '../http/route.js'
import { isStrongPassword } from './passwords.js'
import {
  LEVELS,
  applyPermissionFlags,
  permissionNode,
  readPermissionFlags,
  readUser,
  requireAdminPassword,
  userNode,
} from './account-docs.js'
import { putAllPermissions, putAllUsers } from './account-batch.js'

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
    rights: { POST: 'admin', PUT: 'admin' },
    GET: (ctx) => xml('UserList', { User: ctx.dev.data.accounts.map(userNode) }),
    PUT: putAllUsers,
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
    rights: { PUT: 'admin' },
    PUT: putAllPermissions,
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
      // The administrator's permissions are fixed; others may be granted or withdrawn any.
      applyPermissionFlags(a, readPermissionFlags(xmlRoot(ctx, 'UserPermission')))
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
