// picture.restoreDefaults (contract/picture.ts): the image channel's capability is read first;
// a terminal that does not offer the restore is refused before anything is sent. Audited.
import { AppFailure } from '@shared/result'
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
          throw new AppFailure(
            'NOT_SUPPORTED',
            `${devices.record(deviceId).name} does not offer restoring its image parameters. Nothing was sent.`,
          )
        await call(deviceId, (c) => c.image.restore(CHANNEL))
        ctx.store.audit.record({
          at: ctx.clock.now().toISOString(),
          actor: 'operator',
          action: 'picture.restoreDefaults',
          subject: `device:${deviceId}`,
          details: { channel: CHANNEL },
        })
        return { channel: CHANNEL }
      },
    },
  }
}
