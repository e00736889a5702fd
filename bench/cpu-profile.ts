// CPU profiles for the benches: start/stop the V8 profiler in this process, and name where the
// time went (self time per function, the heaviest first) so a bench can print it as JSON.
import { writeFileSync } from 'node:fs'

interface ProfileNode {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number }
}
interface Profile {
  nodes: ProfileNode[]
  samples: number[]
  timeDeltas: number[]
}

export async function startProfiler() {
  const { Session } = await import('node:inspector/promises')
  const session = new Session()
  session.connect()
  await session.post('Profiler.enable')
  await session.post('Profiler.start')
  return {
    /** Stops, writes the profile (open it in Chrome DevTools) and returns the top `top` functions by self time. */
    async stop(file: string, top = 15): Promise<{ fn: string; selfMs: number }[]> {
      const { profile } = (await session.post('Profiler.stop')) as { profile: Profile }
      writeFileSync(file, JSON.stringify(profile))
      session.disconnect()
      return selfTimes(profile, top)
    },
  }
}

export function selfTimes(profile: Profile, top: number): { fn: string; selfMs: number }[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]))
  const self = new Map<string, number>()
  profile.samples.forEach((id, i) => {
    const cf = byId.get(id)!.callFrame
    const where = cf.url ? `${cf.url.split('/').slice(-2).join('/')}:${cf.lineNumber + 1}` : ''
    const key = `${cf.functionName || '(anonymous)'} ${where}`.trim()
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0))
  })
  return [...self]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([fn, us]) => ({ fn, selfMs: Math.round(us / 1000) }))
}
