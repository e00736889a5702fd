// Credentials held on terminals, beyond applying the roster: a stored fingerprint's type
// (fingerprint-type.ts); the ID-card block list (id-block-list.ts).
import type { StationContext } from '../context'
import type { DeviceService } from '../devices/device-service'
import type { Feature } from '../feature'
import type { RosterService } from '../roster/roster-service'
import { fingerprintTypeService } from './fingerprint-type'
import { idBlockListService } from './id-block-list'

export function credentialsFeature(
  ctx: StationContext,
  devices: DeviceService,
  roster: RosterService,
): Feature {
  const setType = fingerprintTypeService(ctx, devices, roster)
  const idBlock = idBlockListService(ctx, devices)
  return {
    handlers: {
      'fingerprints.setType': ({ employeeNo, fingerId, fingerType }) =>
        setType(employeeNo, fingerId, fingerType),
      'idcards.caps': ({ deviceId }) => idBlock.caps(deviceId),
      'idcards.setBlocked': ({ deviceId, ...a }) => idBlock.set(deviceId, a),
    },
  }
}
