// rules.clear and rules.attendanceTemplates (contract/rules.ts): access-rule state cleared on a
// terminal — only what its capabilities offer (else NOT_SUPPORTED, nothing sent) — audited; and
// the terminal's attendance template list.
import type { RuleClear, RuleClearResult } from '@shared/contract/rules'
import type { StationContext } from '../context'
import type { DeviceService } from '../devices/device-service'
import type { Feature } from '../feature'
import { codedFailure } from '@shared/coded-failure'

/** The AccessControl capability flag that says the terminal can clear anti-passback records. */
const RECORDS_FLAG = 'isSupportClearAntiSneak'

export function rulesFeature(ctx: StationContext, devices: DeviceService): Feature {
  const on = devices.call

  const refuse = (name: string, what: RuleClear): never => {
    throw codedFailure(
      'NOT_SUPPORTED',
      'clearUnsupported',
      { terminal: name, what },
      { what, device: name },
    )
  }

  async function clear(
    deviceId: string,
    what: RuleClear,
    employeeNos?: string[],
  ): Promise<RuleClearResult> {
    const name = devices.record(deviceId).name
    const result = await on(deviceId, async (client): Promise<RuleClearResult> => {
      if (what === 'antiPassbackRecords') {
        const acs = await client.config.capabilities('/ISAPI/AccessControl/capabilities', 'xml')
        if (acs[RECORDS_FLAG]?.value !== 'true') refuse(name, what)
        const who: string[] | 'all' = employeeNos ?? 'all'
        await client.rules.clearAntiPassback(who)
        return { deviceId, what, employeeNos: who }
      }
      if (!(await client.rules.clearOffered(what))) refuse(name, what)
      await client.rules.clear(what)
      return { deviceId, what }
    })
    ctx.audit('rules.clear', `device:${deviceId}`, {
      what,
      ...(employeeNos ? { employeeNos } : {}),
    })
    return result
  }

  return {
    handlers: {
      'rules.clear': ({ deviceId, what, employeeNos }) => clear(deviceId, what, employeeNos),
      'rules.attendanceTemplates': ({ deviceId }) =>
        on(deviceId, (client) => client.rules.attendanceTemplates()),
    },
  }
}
