import type { Settings, StationInfo } from '@shared/model'
import type { Station } from './station'

/** What the first-start check did: started the demo site, left it (not offered), or failed. */
export type DemoOffer = 'started' | 'not-offered' | 'failed'

/** First start on an empty roster: start the demo site once (never again after it was offered). */
export async function offerDemo(station: Station, say: (line: string) => void): Promise<DemoOffer> {
  const info = await station.call('station.info', {})
  const settings = await station.call('settings.get', {})
  if (!info.ok || !settings.ok) return 'failed'
  const { counts } = info.value as StationInfo
  if ((settings.value as Settings).demoOffered) return 'not-offered'
  if (counts.devices > 0 || counts.persons > 0) {
    // The user's own roster: the demo site is never started by itself from now on.
    await station.call('settings.set', { demoOffered: true })
    return 'not-offered'
  }
  const demo = await station.call('demo.start', {})
  if (demo.ok) {
    const { devices, persons } = demo.value as { devices: unknown[]; persons: number }
    say(
      `Demo site: ${devices.length} simulated terminals and ${persons} sample persons, labelled "Demo site" (remove it in one action with "Remove demo site" on its banner, or: npm run cli -- demo remove).`,
    )
    return 'started'
  }
  say(`The demo site could not start: ${demo.error.message}`)
  return 'failed'
}
