import { startDoorSchedules } from './access/door-schedule.js'
import { ControlClient } from './control-client.js'
import { ControlServer } from './control/control-server.js'
import type { FleetEntry } from './control/control-server.js'
import { DEFAULT_TIMING, SimDevice } from './device.js'
import { HostPusher } from './events/push.js'
import { Router } from './http/router.js'
import { DeviceServer } from './http/server.js'
import { RtspServer } from './rtsp/rtsp-server.js'
import { simulatorFfmpeg } from './rtsp/ffmpeg-path.js'
import { getProfile } from './profiles/index.js'
import type { ProfileId } from './profiles/types.js'
import { allRoutes } from './routes/index.js'
import { startSadpResponder } from './sadp/sadp-responder.js'
import type { Fleet, FleetOptions } from './types.js'

export const DEFAULT_PASSWORD = 'Sim-Admin-2024'

export async function startFleet(options: FleetOptions = {}): Promise<Fleet> {
  const count = options.devices ?? 1
  const host = options.host ?? '127.0.0.1'
  if (!/^(127\.\d+\.\d+\.\d+|::1|localhost)$/.test(host))
    throw new Error(`the simulator serves loopback only, not ${host}`)
  const profiles: ProfileId[] = Array.isArray(options.profile)
    ? options.profile
    : [options.profile ?? 'face-fp']
  if (profiles.length === 0) throw new Error('profile list is empty')
  const basePort = options.port ?? 0
  const userName = options.username ?? 'admin'
  const password = options.password ?? DEFAULT_PASSWORD
  const timing = { ...DEFAULT_TIMING, ...options.timing }
  const auto =
    options.autoCapture === true
      ? { delayMs: 1500 }
      : options.autoCapture
        ? options.autoCapture
        : null
  const router = new Router(allRoutes())
  const entries: FleetEntry[] = []
  const ffmpeg = options.rtsp === false ? null : simulatorFfmpeg()
  const control = new ControlServer(entries)
  const controlUrl = await control.listen(options.controlPort ?? 0, host)
  try {
    for (let i = 0; i < count; i++) {
      const base = getProfile(profiles[i % profiles.length]!)
      const profile = options.capacity
        ? { ...base, capacity: { ...base.capacity, ...options.capacity } }
        : base
      const dev = new SimDevice({
        index: i,
        profile,
        ...(options.firmware ? { firmware: options.firmware } : {}),
        host,
        protocol: options.https ? 'https' : 'http',
        userName,
        password,
        activated: Array.isArray(options.activated)
          ? (options.activated[i] ?? true)
          : (options.activated ?? true),
        lockoutAttempts: options.lockoutAttempts ?? 5,
        lockoutSeconds: options.lockoutSeconds ?? 1800,
        latencyMs: options.latencyMs ?? 0,
        ...(options.dataDir ? { dataDir: options.dataDir } : {}),
        timing,
        autoCapture: auto,
        ...(options.manualTimers ? { manualTimers: true } : {}),
      })
      await dev.load()
      startDoorSchedules(dev)
      dev.pusher = new HostPusher(dev)
      const server = new DeviceServer(dev, router)
      const port = await server.listen(basePort === 0 ? 0 : basePort + i)
      const rtsp = ffmpeg && profile.features.has('snapshot') ? new RtspServer(dev, ffmpeg) : null
      if (rtsp) {
        dev.rtspPort = await rtsp.listen(host)
        dev.shutdownHooks.add(() => void rtsp.close())
      }
      dev.recordEvent(2, 1024, {})
      entries.push({
        dev,
        server,
        record: {
          name: dev.name,
          host,
          port,
          rtspPort: dev.rtspPort,
          protocol: dev.opts.protocol,
          username: userName,
          password,
          profile: profile.id,
          model: profile.model,
          serialNumber: dev.serialNumber,
          controlUrl: `${controlUrl}/devices/${dev.serialNumber}`,
        },
      })
    }
  } catch (e) {
    await Promise.all(entries.map((x) => x.server.close()))
    await control.close()
    throw e
  }
  const sadpOptions = options.sadp === true ? {} : options.sadp || null
  const sadp = sadpOptions
    ? await startSadpResponder(
        () => entries.map((e) => ({ dev: e.dev, httpPort: e.record.port })),
        { host, port: sadpOptions.port ?? 0, malformedAnswers: sadpOptions.malformedAnswers ?? 0 },
      )
    : null
  let closed = false
  return {
    devices: entries.map((e) => e.record),
    controlUrl,
    ...(sadp ? { sadpPort: sadp.port } : {}),
    control: new ControlClient(controlUrl),
    async close() {
      if (closed) return
      closed = true
      for (const e of entries) e.dev.capture.clear()
      await Promise.all(
        entries.map(async (e) => {
          await e.server.close()
          e.dev.shutdown()
          await e.dev.save()
        }),
      )
      await control.close()
      await sadp?.close()
    },
  }
}
