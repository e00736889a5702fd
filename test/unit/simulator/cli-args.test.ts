import { describe, expect, it } from 'vitest'
import { parseArgs } from '../../../src/simulator/cli.js'

describe('CLI arguments', () => {
  it('parses the documented flags', () => {
    expect(
      parseArgs([
        '--devices',
        '3',
        '--port',
        '8100',
        '--profile',
        'face-fp,card-door',
        '--latency',
        '20',
        '--https',
        '--data-dir',
        '/tmp/x',
        '--json',
      ]),
    ).toEqual({
      options: {
        devices: 3,
        port: 8100,
        profile: ['face-fp', 'card-door'],
        latencyMs: 20,
        https: true,
        dataDir: '/tmp/x',
      },
      json: true,
    })
    expect(parseArgs(['--devices=2', '--auto-capture=500']).options).toEqual({
      devices: 2,
      autoCapture: { delayMs: 500 },
    })
    expect(parseArgs(['--firmware', 'door-station']).options).toEqual({ firmware: 'door-station' })
    expect(parseArgs(['--no-rtsp']).options).toEqual({ rtsp: false })
  })
})
