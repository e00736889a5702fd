// Device accounts, continued (guide 21.2.1, 21.2.3, 21.2.9–21.2.11): the login check of the
// station's own account (does the terminal consider its password weak or the factory default?)
// and granting or withdrawing remote configuration for one limited account.
import { z } from 'zod'
import type { AccountsView } from './terminal'
import { id, method } from './method'

export interface LoginCheckView {
  /** The account the station logs in with. */
  userName: string
  /** The terminal considers the station's password weak (isRiskPassword). */
  riskPassword: boolean
  /** The password is still the factory default (isDefaultPassword). */
  defaultPassword: boolean
}

export const accountPermissionsApi = {
  /** One login check (GET /ISAPI/Security/userCheck) with the station's stored credentials. */
  'accounts.loginCheck': method<LoginCheckView>()(z.object({ id }).strict()),
  /**
   * Grants or withdraws remote configuration (parameterConfig) for one Operator or Viewer,
   * where the terminal's permission capability offers it; the account's other permissions are
   * kept as the terminal holds them. The administrator's permissions are fixed (ADMIN_ACCOUNT).
   */
  'accounts.setPermission': method<AccountsView>()(
    z.object({ id, accountId: z.string().regex(/^\d+$/), parameterConfig: z.boolean() }).strict(),
  ),
}
