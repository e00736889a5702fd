// libraries.create / remove (contract/face-library-manage.ts): a static face library created on
// the terminal (a name no other library has, within the terminal's FDMaxNum), and removed with
// its faces once its name is typed back. The terminal's own libraries (blackFD 1, infraredFD 2)
// are refused before anything is sent. Both audited.
import type { FaceLibraryView } from '@shared/contract/face-libraries'
import type { IsapiClient } from '../../isapi'
import type { StationContext } from '../context'
import type { DeviceService } from '../devices/device-service'
import type { Handlers } from '../dispatcher'
import { codedFailure } from '@shared/coded-failure'

type On = <T>(deviceId: string, fn: (client: IsapiClient) => Promise<T>) => Promise<T>

export function faceLibraryManageHandlers(
  ctx: StationContext,
  devices: DeviceService,
  on: On,
  list: (client: IsapiClient) => Promise<FaceLibraryView[]>,
): Handlers {
  const audit = (action: string, deviceId: string, details: Record<string, unknown>) =>
    ctx.audit(action, `device:${deviceId}`, details)
  return {
    'libraries.create': async ({ deviceId, name }) => {
      const after = await on(deviceId, async (client) => {
        const libs = await client.faces.libraries()
        if (libs.some((l) => l.name === name))
          throw codedFailure(
            'CONFLICT',
            'faceLibraryNameTaken',
            { terminal: devices.record(deviceId).name, name },
            { name },
          )
        await client.faces.createLibrary({ faceLibType: 'staticFD', name })
        return list(client)
      })
      audit('libraries.create', deviceId, { name })
      return after
    },
    'libraries.remove': async ({ deviceId, FDID, faceLibType, confirm }) => {
      const after = await on(deviceId, async (client) => {
        const lib = (await client.faces.libraries()).find(
          (l) => l.FDID === FDID && l.faceLibType === faceLibType,
        )
        const terminalName = devices.record(deviceId).name
        if (!lib)
          throw codedFailure(
            'NOT_FOUND',
            'faceLibraryMissing',
            { terminal: terminalName, faceLibType, FDID },
            { FDID, faceLibType },
          )
        if (lib.faceLibType !== 'staticFD')
          throw codedFailure(
            'INVALID_ARGS',
            'faceLibraryBuiltIn',
            { FDID, faceLibType },
            { FDID, faceLibType },
          )
        if (confirm !== lib.name)
          throw codedFailure(
            'INVALID_ARGS',
            'faceLibraryConfirmName',
            { name: lib.name },
            { FDID, faceLibType },
          )
        await client.faces.deleteLibrary(FDID, faceLibType)
        return list(client)
      })
      audit('libraries.remove', deviceId, { FDID, faceLibType })
      return after
    },
  }
}
