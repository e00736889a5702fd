// CPU per viewed terminal of the RTSP live preview at 5 fps: N simulated terminals (a child
// process, with their H.264 encoders) each watched by one station preview; over a measured
// window: frames per second reaching the station's bus, the station's own CPU (this process:
// the auth relays, MJPEG splitting, events), the decoders' CPU (one ffmpeg per terminal), and
// the simulator's (its process plus its encoders), each per terminal. One JSON line.
//   npx tsx bench/rtsp-preview.ts [--terminals 4] [--seconds 20]
import type { ChildProcess } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { silentLogger } from '../src/main/platform/logger'
import { keyFileSecretBox } from '../src/main/platform/secret-box'
import { createStation } from '../src/main/station'
import { findExecutable } from '../src/main/stream'
import type { Device } from '../src/shared/model'
import { cpuMs, startChildFleet } from './simulator-harness'

const arg = (name: string, d: number) => {
  const i = process.argv.indexOf(`--${name}`)
  return i > 0 ? Number(process.argv[i + 1]) : d
}
const terminals = arg('terminals', 4)
const seconds = arg('seconds', 20)
const fps = 5

/** The ffmpeg processes whose parent is pid (the simulator's encoders). */
function childrenOf(pid: number): number[] {
  const out: number[] = []
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8')
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      if (Number(fields[1]) === pid && stat.includes('(ffmpeg)')) out.push(Number(d))
    } catch {
      // gone
    }
  }
  return out
}

const total = (pids: number[]) =>
  pids.reduce((sum, p) => {
    try {
      return sum + cpuMs(p)
    } catch {
      return sum
    }
  }, 0)

async function main() {
  if (!findExecutable('ffmpeg')) {
    console.log(JSON.stringify({ bench: 'rtsp-preview', skipped: 'ffmpeg is not installed' }))
    return
  }
  const fleet = await startChildFleet(['--devices', String(terminals), '--profile', 'face-fp'])
  const dataDir = mkdtempSync(join(tmpdir(), 'es-bench-rtsp-'))
  const decoders: ChildProcess[] = []
  const station = createStation({
    dataDir,
    secrets: keyFileSecretBox(join(dataDir, 'secret.key')),
    clock: { now: () => new Date() },
    logger: silentLogger,
    bridge: 'test',
    version: 'bench',
    databaseFile: ':memory:',
    scheduled: false,
    holdingsCheckMs: 0,
    preview: { fps, onSpawn: (c) => decoders.push(c) },
  })
  const frames = new Map<string, number>()
  station.subscribe((name, payload) => {
    if (name !== 'preview.frame') return
    const id = (payload as { deviceId: string }).deviceId
    frames.set(id, (frames.get(id) ?? 0) + 1)
  })
  const ids: string[] = []
  for (const [i, d] of fleet.devices.entries()) {
    const r = await station.call('devices.add', {
      name: `T${i}`,
      host: d.host,
      port: d.port,
      protocol: 'http',
      username: d.username,
      password: d.password,
    })
    if (!r.ok) throw new Error(r.error.message)
    ids.push((r.value as Device).id)
  }
  const modes = []
  for (const id of ids) {
    const r = await station.call('preview.start', { id })
    if (!r.ok) throw new Error(r.error.message)
    modes.push((r.value as { mode: string }).mode)
  }
  // warm-up: every terminal has delivered frames for 3 s
  await new Promise((r) => setTimeout(r, 3000))
  const simPid = fleet.child.pid!
  const encoders = childrenOf(simPid)
  const decoderPids = decoders.map((c) => c.pid!).filter(Boolean)
  const before = {
    frames: [...frames.values()].reduce((a, b) => a + b, 0),
    station: process.cpuUsage(),
    decoders: total(decoderPids),
    simulator: cpuMs(simPid) + total(encoders),
    at: performance.now(),
  }
  await new Promise((r) => setTimeout(r, seconds * 1000))
  const wallS = (performance.now() - before.at) / 1000
  const used = process.cpuUsage(before.station)
  const stationMs = (used.user + used.system) / 1000
  const decodersMs = total(decoderPids) - before.decoders
  const simulatorMs = cpuMs(simPid) + total(encoders) - before.simulator
  const framesNow = [...frames.values()].reduce((a, b) => a + b, 0) - before.frames
  const pct = (ms: number) => Math.round((ms / (wallS * 1000) / terminals) * 1000) / 10
  console.log(
    JSON.stringify({
      bench: 'rtsp-preview',
      terminals,
      fps,
      seconds: Math.round(wallS * 10) / 10,
      modes: [...new Set(modes)],
      decoders: decoderPids.length,
      framesPerTerminalPerSecond: Math.round((framesNow / wallS / terminals) * 100) / 100,
      perViewedTerminalCpuPercent: {
        station: pct(stationMs),
        decoder: pct(decodersMs),
        stationTotal: pct(stationMs + decodersMs),
        simulator: pct(simulatorMs),
      },
      cores: 'percent of one core',
    }),
  )
  for (const id of ids) await station.call('preview.stop', { id })
  await station.close()
  await fleet.stop()
}

void main()
