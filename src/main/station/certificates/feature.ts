// certificates.* (contract/certificates.ts): the terminal's HTTPS certificate — signing
// request, install, and the station's TLS pin following an install it made.
import type { StationContext } from '../context'
import type { DeviceService } from '../devices/device-service'
import type { Feature } from '../feature'
import { certificateService } from './certificate-service'

export function certificatesFeature(ctx: StationContext, devices: DeviceService): Feature {
  const certs = certificateService(ctx, devices)
  return {
    handlers: {
      'certificates.createCsr': ({ id, subject }) => certs.createCsr(id, subject),
      'certificates.getCsr': ({ id }) => certs.getCsr(id),
      'certificates.deleteCsr': ({ id }) => certs.deleteCsr(id),
      'certificates.install': ({ id, pem }) => certs.install(id, pem),
    },
  }
}
