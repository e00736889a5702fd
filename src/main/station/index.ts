export { createStation, type Station } from './station'
export type { StationDeps } from './context'
