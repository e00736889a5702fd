// The Terminal page header: capacity used / total from capability limits and the terminal's
// own counts (each count read independently; one that fails shows as unknown), clock drift.
import type { CapacityItem, TerminalOverview } from '@shared/contract/terminal'
import type { DeviceService } from '../devices/device-service'
import type { DeviceCall } from './device-call'

export const WARN_RATIO = 0.9

export function capacityItem(
  kind: CapacityItem['kind'],
  used: number | null,
  total: number | null,
): CapacityItem {
  return { kind, used, total, warn: used !== null && !!total && used / total >= WARN_RATIO }
}

export function overviewService(
  devices: DeviceService,
  call: DeviceCall,
  drift: (id: string) => Promise<number>,
) {
  return {
    async overview(id: string): Promise<TerminalOverview> {
      const caps = devices.get(id).capabilities
      const soft = <T>(p: Promise<T>): Promise<T | null> => p.catch(() => null)
      const [persons, cards, faces, driftSeconds] = await call(id, (c) =>
        Promise.all([
          soft(c.persons.count()),
          caps?.card ? soft(c.cards.count()) : Promise.resolve(null),
          caps?.face
            ? soft(c.faces.count()).then((libs) =>
                libs === null ? null : libs.reduce((n, l) => n + l.recordDataNumber, 0),
              )
            : Promise.resolve(null),
          soft(drift(id)),
        ]),
      )
      const capacity: CapacityItem[] = [
        capacityItem('persons', persons?.userNumber ?? null, caps?.maxPersons ?? null),
      ]
      if (caps?.card) capacity.push(capacityItem('cards', cards, caps.maxCards))
      if (caps?.face) capacity.push(capacityItem('faces', faces, caps.maxFaces))
      if (caps?.fingerprint)
        capacity.push(
          capacityItem(
            'fingerprints',
            persons?.bindFingerprintUserNumber ?? null,
            caps.maxFingerprints,
          ),
        )
      return { device: devices.get(id), capacity, driftSeconds }
    },
  }
}
