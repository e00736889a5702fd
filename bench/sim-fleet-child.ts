// Starts the simulator CLI in a child process (so its CPU is not counted as the station's) and
// returns its device records. BENCH_SIM_CPU_PROFILE=<dir> profiles the simulator too (written
// when it is stopped; open the .cpuprofile in Chrome DevTools). BENCH_SIM_ROOT runs another
// work tree's simulator.
import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import type { SimDeviceRecord } from '../src/simulator'

/** What the simulator CLI prints per device with --json. */
export type SimRecord = SimDeviceRecord

export async function startFleetChild(
  devices: number,
  latencyMs: number,
  profile = 'face-fp',
): Promise<{
  records: SimRecord[]
  stop(): void
  cpuMs(): number
  mainThread(): ThreadTimes
}> {
  // BENCH_SIM_ROOT=<another work tree> runs that tree's simulator (side-by-side comparisons)
  const root =
    process.env.BENCH_SIM_ROOT ?? path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
  const child = spawn(
    process.execPath,
    [
      ...(process.env.BENCH_SIM_CPU_PROFILE
        ? ['--cpu-prof', '--cpu-prof-dir', process.env.BENCH_SIM_CPU_PROFILE]
        : []),
      '--import',
      'tsx',
      'src/simulator/cli.ts',
      '--devices',
      String(devices),
      '--latency',
      String(latencyMs),
      '--profile',
      profile,
      '--json',
    ],
    {
      cwd: root,
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  )
  const records: SimRecord[] = []
  await new Promise<void>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`simulator exited ${code}`)))
    createInterface({ input: child.stdout }).on('line', (line) => {
      records.push(JSON.parse(line) as SimRecord)
      if (records.length === devices) resolve()
    })
  })
  return {
    records,
    stop: () => child.kill('SIGTERM'),
    cpuMs: () => processCpuMs(child.pid),
    mainThread: () => mainThreadTimes(child.pid),
  }
}

/** CPU ms a process has used so far, user + system (Linux; 0 elsewhere). */
export function processCpuMs(pid: number | undefined): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100
  } catch {
    return 0
  }
}

/** A thread's time on a CPU and time ready to run but waiting for one (the machine's load). */
export interface ThreadTimes {
  runMs: number
  waitMs: number
}

/**
 * The main thread's (the event loop's) run and run-queue wait so far, from the scheduler's
 * /proc/<pid>/task/<pid>/schedstat (Linux; zeros elsewhere). A single event loop cannot finish
 * sooner than its run plus its wait: on a loaded machine, that is its floor.
 */
export function mainThreadTimes(pid: number | undefined): ThreadTimes {
  try {
    const [run, wait] = readFileSync(`/proc/${pid}/task/${pid}/schedstat`, 'utf8').split(' ')
    return { runMs: Number(run) / 1e6, waitMs: Number(wait) / 1e6 }
  } catch {
    return { runMs: 0, waitMs: 0 }
  }
}
