// Helper for isapi benchmarks: a simulator in a child process.
import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export interface SimChild {
  host: string
  port: number
  protocol: 'http' | 'https'
  username: string
  password: string
  stop(): Promise<void>
}

export async function startSimChild(profile = 'face-fp'): Promise<SimChild> {
  const here = path.dirname(fileURLToPath(import.meta.url))
  const tsx = path.resolve(here, '..', 'node_modules', '.bin', 'tsx')
  const child: ChildProcess = spawn(tsx, [path.join(here, 'isapi-sim-child.ts'), profile], {
    stdio: ['pipe', 'pipe', 'inherit'],
  })
  const line = await new Promise<string>((resolve, reject) => {
    let buf = ''
    child.stdout!.on('data', (b: Buffer) => {
      buf += b.toString()
      const nl = buf.indexOf('\n')
      if (nl >= 0) resolve(buf.slice(0, nl))
    })
    child.once('exit', (code) => reject(new Error(`simulator exited ${code}`)))
  })
  const info = JSON.parse(line) as Omit<SimChild, 'stop'>
  return {
    ...info,
    stop: () =>
      new Promise<void>((r) => {
        child.once('exit', () => r())
        child.stdin!.end()
        setTimeout(() => child.kill(), 3000).unref()
      }),
  }
}
