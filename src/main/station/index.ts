export { createStation, type Station } from './station'
