import type { Settings, StationInfo } from '../shared/model'
import type { Station } from './station'

/** First start on an empty roster: start the demo site once (never again after it was offered). */
export async function offerDemo(station: Station, say: (line: string) => void): Promise<void> {
  const info = await station.call('station.info', {})
  const settings = await station.call('settings.get', {})
  if (!info.ok || !settings.ok) return
  const { counts } = info.value as StationInfo
  if ((settings.value as Settings).demoOffered || counts.devices > 0 || counts.persons > 0) return
  const demo = await station.call('demo.start', {})
  if (demo.ok) {
    const { devices, persons } = demo.value as { devices: unknown[]; persons: number }
    say(
      `Demo site: ${devices.length} simulated terminals and ${persons} sample persons (remove them under Devices when you add real ones).`,
    )
  } else {
    say(`The demo site could not start: ${demo.error.message}`)
  }
}
