import type { Handlers } from './dispatcher'

/** A slice of the station: its contract handlers and, if it runs in the background, its lifecycle. */
export interface Feature {
  handlers: Handlers
  /** Called once the station is built (background work: streams, resumed jobs, monitors). */
  start?(): void
  /** Called on shutdown, in reverse order. */
  close?(): Promise<void>
}
