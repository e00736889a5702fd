// One frame source per device whatever the number of viewers: the first viewer starts it, the
// last one to leave stops it. A leave from a viewer that never joined changes nothing.
import type { FirstOutcome, FrameSource } from './frame-source'

interface Entry {
  viewers: number
  source: FrameSource
  first: Promise<FirstOutcome>
}

export function viewerHub(makeSource: (key: string) => FrameSource) {
  const entries = new Map<string, Entry>()
  return {
    /** Adds a viewer; resolves with the source's first attempt (shared by early joiners). */
    join(key: string): Promise<FirstOutcome> {
      const entry = entries.get(key)
      if (entry) {
        entry.viewers++
        return entry.first
      }
      const source = makeSource(key)
      const created: Entry = { viewers: 1, source, first: source.start() }
      entries.set(key, created)
      return created.first
    },
    /** Removes a viewer; false when there was none. Stops the source with the last one. */
    async leave(key: string): Promise<boolean> {
      const entry = entries.get(key)
      if (!entry) return false
      entry.viewers--
      if (entry.viewers > 0) return true
      entries.delete(key)
      await entry.source.stop()
      return true
    },
    viewers: (key: string): number => entries.get(key)?.viewers ?? 0,
    /** Stops every source (station shutdown, device removed). */
    async closeAll(): Promise<void> {
      const all = [...entries.values()]
      entries.clear()
      await Promise.all(all.map((e) => e.source.stop()))
    },
  }
}
