// When the Doors panel re-reads the terminal's doors. Where the station holds the terminal's
// event stream (armed: alertStream connected, or events arriving over the listening host), a
// door or access event of this terminal triggers a re-read (a few events at once: one read), and
// a slow poll only guards against a lost event. Without a stream it polls, every few seconds.
import { useEffect, useState } from 'react'
import { station } from '../../../lib/station'

export const ARMED_POLL_MS = 30_000
export const FALLBACK_POLL_MS = 5_000
/** Events of one burst (lock open, door open, door closed …) fold into one read. */
const SETTLE_MS = 300

export function useDoorRefresh(
  deviceId: string,
  enabled: boolean,
  reload: () => unknown,
): { armed: boolean } {
  const [armed, setArmed] = useState(false)

  useEffect(() => {
    if (!enabled) return
    let live = true
    const check = async () => {
      const r = await station.events.status()
      if (!live || !r.ok) return
      const s = r.value.find((x) => x.deviceId === deviceId)
      setArmed(!!s && s.mode !== 'off' && (s.connected || s.lastEventAt !== null))
    }
    void check()
    const timer = setInterval(() => void check(), ARMED_POLL_MS)
    return () => {
      live = false
      clearInterval(timer)
    }
  }, [deviceId, enabled])

  useEffect(() => {
    if (!enabled) return
    let pending: ReturnType<typeof setTimeout> | null = null
    const off = station.on('event.access', (e) => {
      if (e.deviceId !== deviceId || e.doorNo === null) return
      pending ??= setTimeout(() => {
        pending = null
        void reload()
      }, SETTLE_MS)
    })
    const poll = setInterval(() => void reload(), armed ? ARMED_POLL_MS : FALLBACK_POLL_MS)
    return () => {
      off()
      clearInterval(poll)
      if (pending) clearTimeout(pending)
    }
  }, [deviceId, enabled, armed, reload])

  return { armed }
}
