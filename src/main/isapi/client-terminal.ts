import type { IsapiHttp } from './http/isapi-http'
import * as log from './endpoints/log'
import * as users from './endpoints/users'
import * as permissions from './endpoints/user-permissions'
import { listAccounts } from './endpoints/system'
import * as image from './endpoints/image-restore'
import * as accountBatch from './endpoints/account-batch'
import * as certificates from './endpoints/certificates'
import { analyseFacePicture } from './endpoints/face-analysis'
import * as ttsHoliday from './endpoints/tts-holiday-plan'

type Fn<F> = F extends (http: IsapiHttp, ...a: infer A) => infer R ? (...a: A) => R : never
function bind<F extends (http: IsapiHttp, ...a: never[]) => unknown>(http: IsapiHttp, f: F): Fn<F> {
  return ((...a: never[]) => f(http, ...a)) as Fn<F>
}

/** The terminal itself: its device accounts and its own log. */
export function buildTerminalGroups(http: IsapiHttp) {
  return {
    accounts: {
      list: bind(http, listAccounts),
      add: bind(http, users.addAccount),
      update: bind(http, users.updateAccount),
      remove: bind(http, users.deleteAccount),
      capabilities: bind(http, users.accountCapabilities),
      permissions: bind(http, users.accountPermissions),
      setPermission: bind(http, users.setAccountPermission),
      security: bind(http, users.securityCapabilities),
      get: bind(http, permissions.getAccount),
      permission: bind(http, permissions.getAccountPermission),
      putPermission: bind(http, permissions.putAccountPermission),
      permissionCaps: bind(http, permissions.permissionCapabilities),
      putAll: bind(http, accountBatch.putAllAccounts),
      putAllPermissions: bind(http, accountBatch.putAllPermissions),
      permissionDocs: bind(http, accountBatch.getAllPermissionDocs),
    },
    certificate: {
      createCsr: bind(http, certificates.createCertSignReq),
      getCsr: bind(http, certificates.getCertSignReq),
      deleteCsr: bind(http, certificates.deleteCertSignReq),
      install: bind(http, certificates.installServerCertificate),
    },
    log: {
      search: bind(http, log.searchLog),
    },
    /** Holiday schedules of voice prompts (ch. 19): plans by id, rootless documents. */
    voiceHoliday: {
      capabilities: bind(http, ttsHoliday.ttsHolidayCapabilities),
      get: bind(http, ttsHoliday.getTtsHolidayPlan),
      set: bind(http, ttsHoliday.setTtsHolidayPlan),
      search: bind(http, ttsHoliday.searchTtsHolidayPlans),
    },
    image: {
      restoreSupported: bind(http, image.imageRestoreSupported),
      restore: bind(http, image.restoreImage),
      /** The faces the terminal finds in a picture (analysisImage/face). */
      findFaces: bind(http, analyseFacePicture),
    },
  }
}

export type TerminalGroups = ReturnType<typeof buildTerminalGroups>
