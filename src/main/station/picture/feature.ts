// picture.restoreDefaults (contract/picture.ts): the image channel's capability is read first;
// a terminal that does not offer the restore is refused before anything is sent. Audited.
import { codedFailure } from '@shared/coded-failure'
import { isNotOnDevice } from '../../isapi'
import type { StationContext } from '../context'
import type { DeviceService } from '../devices/device-service'
import type { Feature } from '../feature'

const CHANNEL = 1

export function pictureFeature(ctx: StationContext, devices: DeviceService): Feature {
  const call = devices.call
  return {
    handlers: {
      'picture.restoreDefaults': async ({ deviceId }) => {
        const supported = await call(deviceId, (c) =>
          c.image.restoreSupported(CHANNEL).catch((e: unknown) => {
            if (isNotOnDevice(e)) return false
            throw e
          }),
        )
        if (!supported)
          throw codedFailure('NOT_SUPPORTED', 'imageRestoreUnsupported', {
            terminal: devices.record(deviceId).name,
          })
        await call(deviceId, (c) => c.image.restore(CHANNEL))
        ctx.audit('picture.restoreDefaults', `device:${deviceId}`, { channel: CHANNEL })
        return { channel: CHANNEL }
      },
    },
  }
}
