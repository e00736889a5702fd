/** A simulated terminal of the demo site, as its launcher reports it. */
export interface DemoTerminal {
  name: string
  host: string
  port: number
  username: string
  password: string
  model: string
}

export interface DemoSite {
  terminals: DemoTerminal[]
  close(): Promise<void>
}

/**
 * Injected by a composition root (the station never imports the simulator): starts the demo
 * terminals, on `firstPort`, `firstPort + 1`, … when given (a relaunch), else on free ports.
 */
export interface DemoProvider {
  launch(options: { firstPort?: number }): Promise<DemoSite>
  /** Folder with persons.json and faces/ (synthetic pictures). */
  resourcesDir: string
  /** Deletes what the stopped terminals kept (their flash) once the demo site is removed. */
  forget(): Promise<void>
}
