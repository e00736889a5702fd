// The demo site's terminals: a simulator fleet in this process. Composition roots hand this to
// the station (which never imports the simulator itself).
import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import { startFleet } from '../simulator'
import type { DemoProvider } from './station/demo/demo-types'

export function simulatorDemo(dataDir: string, resourcesDir: string): DemoProvider {
  const flash = join(dataDir, 'demo-site')
  return {
    resourcesDir,
    forget: () => rm(flash, { recursive: true, force: true }),
    async launch({ firstPort }) {
      const fleet = await startFleet({
        devices: 3,
        profile: ['face-fp', 'iris-face', 'card-door'],
        port: firstPort ?? 0,
        dataDir: flash,
        autoCapture: { delayMs: 2500 },
      })
      return {
        terminals: fleet.devices.map((d) => ({
          name: d.name,
          host: d.host,
          port: d.port,
          username: d.username,
          password: d.password,
          model: d.model,
        })),
        close: () => fleet.close(),
      }
    },
  }
}
