// libraries.list / rename (contract/face-libraries.ts): the terminal's face libraries with
// their counts (FDLib and FDLib/Count), and renaming one (audited). Only on terminals that keep
// faces (their capabilities say so); elsewhere NOT_SUPPORTED, nothing sent.
import type { IsapiClient } from '../../isapi'
import type { FaceLibraryView } from '@shared/contract/face-libraries'
import type { StationContext } from '../context'
import type { DeviceService } from '../devices/device-service'
import type { Feature } from '../feature'
import { faceLibraryManageHandlers } from './face-library-manage'
import { faceRecordHandlers } from './face-records'
import { codedFailure } from '@shared/coded-failure'

export function faceLibrariesFeature(ctx: StationContext, devices: DeviceService): Feature {
  const on = async <T>(deviceId: string, fn: (client: IsapiClient) => Promise<T>): Promise<T> => {
    const record = devices.record(deviceId)
    if (record.capabilities && !record.capabilities.face)
      throw codedFailure(
        'NOT_SUPPORTED',
        'faceLibrariesNone',
        { terminal: record.name },
        { deviceId },
      )
    return devices.call(deviceId, fn)
  }

  const list = (client: IsapiClient) =>
    Promise.all([client.faces.libraries(), client.faces.count()]).then(([libs, counts]) =>
      libs.map((l): FaceLibraryView => ({
        FDID: l.FDID,
        faceLibType: l.faceLibType,
        name: l.name,
        faces:
          counts.find((c) => c.FDID === l.FDID && c.faceLibType === l.faceLibType)
            ?.recordDataNumber ?? null,
      })),
    )

  return {
    handlers: {
      ...faceLibraryManageHandlers(ctx, devices, on, list),
      ...faceRecordHandlers(ctx, devices, on),
      'libraries.list': ({ deviceId }) => on(deviceId, list),
      'libraries.rename': async ({ deviceId, FDID, faceLibType, name }) => {
        const after = await on(deviceId, async (client) => {
          const libs = await client.faces.libraries()
          if (!libs.some((l) => l.FDID === FDID && l.faceLibType === faceLibType))
            throw codedFailure(
              'NOT_FOUND',
              'faceLibraryMissing',
              { terminal: devices.record(deviceId).name, faceLibType, FDID },
              { FDID, faceLibType },
            )
          await client.faces.renameLibrary({ FDID, faceLibType }, name)
          return list(client)
        })
        ctx.audit('libraries.rename', `device:${deviceId}`, { FDID, faceLibType, name })
        return after
      },
    },
  }
}
