// The contract's names, with no runtime dependency: the preload and the renderer list methods
// and events from here without pulling the argument schemas (zod) into their bundles.
// api.ts checks at compile time that this list and its schemas name exactly the same methods.

export const METHOD_NAMES = [
  'station.info',
  'settings.get',
  'settings.set',
  'demo.start',
  'devices.activate',
  'devices.list',
  'devices.add',
  'devices.update',
  'devices.remove',
  'devices.check',
  'devices.syncTime',
  'devices.openDoor',
  'preview.start',
  'preview.stop',
  'devices.time',
  'persons.search',
  'persons.get',
  'persons.groups',
  'persons.save',
  'persons.remove',
  'persons.addCard',
  'persons.removeCard',
  'persons.setFace',
  'persons.face',
  'persons.removeFace',
  'persons.removeFingerprint',
  'persons.removeIris',
  'persons.import',
  'enroll.start',
  'enroll.cancel',
  'assignments.list',
  'assignments.add',
  'assignments.remove',
  'apply.start',
  'apply.status',
  'apply.list',
  'apply.failures',
  'apply.retryFailed',
  'apply.pause',
  'apply.resume',
  'apply.cancel',
  'apply.personStatus',
  'events.search',
  'events.export',
  'events.picture',
  'events.stats',
  'events.status',
  'listening.status',
  'listening.setup',
  'sync.pull',
  'sync.resolve',
  'devices.upgrade',
  'devices.reboot',
  'devices.backupConfig',
  'devices.restoreConfig',
  'schedules.list',
  'schedules.usage',
  'schedules.saveWeekPlan',
  'schedules.saveHolidayPlan',
  'schedules.saveHolidayGroup',
  'schedules.saveTemplate',
  'schedules.remove',
  'schedules.apply',
] as const

export const EVENT_NAMES = [
  'station.ready',
  'settings.changed',
  'device.status',
  'roster.changed',
  'enroll.progress',
  'apply.progress',
  'event.access',
  'preview.frame',
  'upgrade.progress',
] as const

export type MethodName = (typeof METHOD_NAMES)[number]
export type EventName = (typeof EVENT_NAMES)[number]

export const isMethodName = (name: unknown): name is MethodName =>
  typeof name === 'string' && (METHOD_NAMES as readonly string[]).includes(name)
export const isEventName = (name: unknown): name is EventName =>
  typeof name === 'string' && (EVENT_NAMES as readonly string[]).includes(name)
