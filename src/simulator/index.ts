export { startFleet, DEFAULT_PASSWORD } from './fleet.js'
export { PROFILE_IDS } from './profiles/types.js'
export type { ProfileId } from './profiles/types.js'
export { ControlClient } from './control-client.js'
export type {
  AuthView,
  DeviceRef,
  DeviceStateView,
  EventView,
  FaultSpec,
  PresentOutcome,
  TriggerSpec,
} from './control-client.js'
export type { Fleet, FleetOptions, SimDeviceRecord } from './types.js'
