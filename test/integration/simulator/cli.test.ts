import { spawn } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { DigestClient } from './digest-client.js'

describe('CLI', () => {
  it('prints one JSON line per device, serves, exits cleanly on SIGTERM', async () => {
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        'src/simulator/cli.ts',
        '--devices',
        '2',
        '--profile',
        'face-lite',
        '--json',
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    )
    const lines: string[] = []
    let buf = ''
    await new Promise<void>((resolve, reject) => {
      const t = setTimeout(() => reject(new Error('no output')), 20_000)
      child.stdout.on('data', (d: Buffer) => {
        buf += d.toString()
        const parts = buf.split('\n')
        buf = parts.pop()!
        lines.push(...parts.filter(Boolean))
        if (lines.length >= 2) {
          clearTimeout(t)
          resolve()
        }
      })
    })
    const recs = lines.map((l) => JSON.parse(l) as Record<string, unknown>)
    expect(Object.keys(recs[0]!)).toEqual([
      'name',
      'host',
      'port',
      'rtspPort',
      'protocol',
      'username',
      'password',
      'profile',
      'model',
      'serialNumber',
      'controlUrl',
    ])
    expect(recs.map((r) => r.profile)).toEqual(['face-lite', 'face-lite'])
    const r0 = recs[0] as unknown as Parameters<typeof DigestClient.for>[0]
    expect((await DigestClient.for(r0).get('/ISAPI/System/deviceInfo')).text).toContain(
      '<model>DS-K1T341AM</model>',
    )
    const code = await new Promise<number | null>((resolve) => {
      child.on('exit', (c) => resolve(c))
      child.kill('SIGTERM')
    })
    expect(code).toBe(0)
  }, 30_000)
})
