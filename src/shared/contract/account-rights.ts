// Device accounts, all at once (guide 21.2.6, 21.2.7, 21.2.8): every account's remote
// permissions as the terminal reports them, granting or withdrawing any the terminal's
// permission capability offers for several operators / viewers in one request, and the levels
// of several accounts in one request. The administrator's permissions and level are fixed.
import { z } from 'zod'
import { id, method } from './method'

export interface AccountRightsRow {
  id: string
  userName: string
  level: string
  /** The account the station itself logs in with. */
  isStation: boolean
  /** Each remote permission the terminal reports for the account (parameterConfig, upgrade …). */
  remote: Record<string, boolean>
}

export interface AccountRightsView {
  accounts: AccountRightsRow[]
  /** Remote permissions the terminal lets an administrator grant (its capability). */
  grantable: string[]
  /** Levels may only be changed over HTTPS (the request re-checks the administrator's password). */
  secureChannel: boolean
}

const accountId = z.string().regex(/^\d+$/)
const permissionName = z.string().regex(/^[A-Za-z][A-Za-z0-9]{0,47}$/)

export const accountRightsApi = {
  /** GET /ISAPI/Security/UserPermission (21.2.8) with the accounts and the capability. */
  'accounts.rights': method<AccountRightsView>()(z.object({ id }).strict()),
  /**
   * PUT /ISAPI/Security/UserPermission (21.2.7): the changed flags of each listed account; every
   * other flag travels back as the terminal reported it; read back after.
   */
  'accounts.setRights': method<AccountRightsView>()(
    z
      .object({
        id,
        rights: z
          .array(z.object({ accountId, remote: z.record(permissionName, z.boolean()) }).strict())
          .min(1)
          .max(32),
      })
      .strict(),
  ),
  /** PUT /ISAPI/Security/users (21.2.6): operators and viewers change level together. */
  'accounts.setLevels': method<AccountRightsView>()(
    z
      .object({
        id,
        levels: z
          .array(z.object({ accountId, level: z.enum(['Operator', 'Viewer']) }).strict())
          .min(1)
          .max(32),
      })
      .strict(),
  ),
}
