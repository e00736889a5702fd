// The ISAPI device simulator's public surface. A fleet of simulated Hikvision access-control
// terminals on loopback, plus a control API (see control-client.ts for its endpoints):
//
//   const fleet = await startFleet({ devices: 2, profile: ['face-fp', 'card-door'] })
//   fleet.devices[0]  // { name, host, port, protocol, username, password, profile, model, serialNumber, controlUrl }
//   await fleet.control.presentCard(0, '3308812528')
//   await fleet.close()
//
// The simulator imports nothing from src/main: it is an independent reading of the protocol.
export { startFleet, DEFAULT_PASSWORD } from './fleet.js'
export { PROFILE_IDS } from './profiles/types.js'
export type { Capacity, ProfileId } from './profiles/types.js'
export type { Timing } from './device.js'
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
