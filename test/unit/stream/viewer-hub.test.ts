import { describe, expect, it } from 'vitest'
import { backoffDelay, nextDelay, snapshotPoller, viewerHub } from '../../../src/main/stream'

const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xd9])

/** A device picture endpoint that counts requests and can fail on demand. */
function countingDevice() {
  const d = {
    fetches: 0,
    failing: false,
    frames: [] as string[],
    fetchFrame: async (_signal: AbortSignal) => {
      d.fetches++
      if (d.failing) throw new Error('offline')
      return JPEG
    },
    framesAfter(n: number) {
      return new Promise<void>((resolve) => {
        const target = d.frames.length + n
        const timer = setInterval(() => {
          if (d.frames.length >= target) {
            clearInterval(timer)
            resolve()
          }
        }, 1)
      })
    },
  }
  return d
}

describe('viewer hub + snapshot poller', () => {
  it('runs one poller per device for any number of viewers and stops with the last', async () => {
    const devices = new Map<string, ReturnType<typeof countingDevice>>()
    let pollers = 0
    const hub = viewerHub((key) => {
      pollers++
      const d = devices.get(key)!
      return snapshotPoller({
        fetchFrame: d.fetchFrame,
        onFrame: () => d.frames.push(key),
        intervalMs: 2,
      })
    })
    devices.set('a', countingDevice())
    devices.set('b', countingDevice())
    const a = devices.get('a')!
    expect(await hub.join('a')).toEqual({ ok: true })
    expect(await hub.join('a')).toEqual({ ok: true })
    await hub.join('b')
    expect(pollers).toBe(2)
    expect(hub.viewers('a')).toBe(2)
    await a.framesAfter(3)
    // one poller: frames and requests match one to one, never doubled
    expect(a.frames.length).toBeLessThanOrEqual(a.fetches)
    expect(await hub.leave('a')).toBe(true)
    await a.framesAfter(2) // still polled for the remaining viewer
    expect(await hub.leave('a')).toBe(true)
    const stoppedAt = a.fetches
    await devices.get('b')!.framesAfter(5) // time passes on the other device
    expect(a.fetches).toBe(stoppedAt)
    expect(await hub.leave('a')).toBe(false) // a stop without a start is harmless
    await hub.closeAll()
    const bStopped = devices.get('b')!.fetches
    await hub.join('a')
    await a.framesAfter(1)
    await hub.closeAll()
    expect(devices.get('b')!.fetches).toBe(bStopped)
  })

  it('reports the first failure to the joiner and keeps retrying with backoff', async () => {
    const d = countingDevice()
    d.failing = true
    const errors: number[] = []
    let recovered = 0
    const poller = snapshotPoller({
      fetchFrame: d.fetchFrame,
      onFrame: () => d.frames.push('x'),
      onError: (_e, wait) => errors.push(wait),
      onRecovered: () => recovered++,
      intervalMs: 1,
      initialBackoffMs: 1,
      maxBackoffMs: 4,
    })
    const first = await poller.start()
    expect(first.ok).toBe(false)
    await new Promise<void>((r) => {
      const t = setInterval(() => errors.length >= 4 && (clearInterval(t), r()), 1)
    })
    expect(errors.slice(0, 4)).toEqual([1, 2, 4, 4])
    d.failing = false
    await d.framesAfter(1)
    expect(recovered).toBe(1)
    await poller.stop()
  })

  it('paces polling: the interval, or as long as a slow frame took', () => {
    expect(nextDelay(200, 50)).toBe(150)
    expect(nextDelay(200, 900)).toBe(900)
    expect([1, 2, 3, 4, 5, 9].map((n) => backoffDelay(n, 500, 10_000))).toEqual([
      500, 1000, 2000, 4000, 8000, 10_000,
    ])
  })
})
