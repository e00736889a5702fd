// The guide-coverage recorder, simulator side (independent of the client's): when
// GUIDE_COVERAGE_FILE names a file, every request a route handler serves is appended as one
// JSON line (method, URL, route). Off, one comparison per request.
import { appendFileSync } from 'node:fs'

const FILE = process.env.GUIDE_COVERAGE_FILE

export function recordServed(method: string, url: string, route: string): void {
  if (!FILE) return
  appendFileSync(FILE, JSON.stringify({ side: 'simulator', method, url, route }) + '\n')
}

/** A notification the simulator built to push (alertStream / httpHosts): its eventType. */
export function recordEmitted(eventType: string): void {
  if (!FILE) return
  appendFileSync(
    FILE,
    JSON.stringify({ side: 'simulator', method: 'EVENT', url: eventType, route: 'event' }) + '\n',
  )
}
