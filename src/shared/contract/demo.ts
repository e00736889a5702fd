import { method, none } from './method'

/** The demo site's name: the site of its terminals and the label of its banner. */
export const DEMO_SITE = 'Demo site'

export interface DemoStatus {
  /** The demo site's terminals are in the roster (running or coming back after a restart). */
  active: boolean
  /** Their device ids (empty when there is no demo site). */
  deviceIds: string[]
}

export const demoApi = {
  /** Whether the demo site is here, and which terminals are its own. */
  'demo.status': method<DemoStatus>()(none),
  /**
   * Removes the demo site in one action: its simulated terminals stop, their devices and the
   * sample persons (still as the demo added them) leave the roster, and it is never started again by itself.
   */
  'demo.remove': method<{ devices: number; persons: number }>()(none),
}
