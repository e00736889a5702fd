import { AuthSession } from './http/auth-session'
import { IsapiHttp } from './http/isapi-http'
import { Transport } from './http/transport'
import * as cards from './endpoints/cards'
import * as caps from './endpoints/capabilities'
import * as persons from './endpoints/persons'
import * as system from './endpoints/system'
import * as streaming from './endpoints/streaming'
import * as upgrade from './endpoints/upgrade'
import * as configData from './endpoints/config-data'
import * as peripheralUpgrade from './endpoints/peripheral-upgrade'
import * as configResource from './endpoints/config-resource'
import * as accessRules from './endpoints/access-rules'
import * as schedules from './endpoints/schedules'
import * as scheduleBindings from './endpoints/schedule-bindings'
import * as asyncImport from './endpoints/async-import'
import { activate } from './endpoints/activation'
import type { CallOptions } from './endpoints/common'
import type { PersonSearch } from './endpoints/persons'
import type { DeviceCapabilities } from './models/capabilities'
import type { Person } from './models/person'
import { buildCredentialGroups, type CredentialGroups } from './client-credentials'
import { buildEventGroups, type EventGroups } from './client-events'
import { buildTerminalGroups, type TerminalGroups } from './client-terminal'

export interface Logger {
  warn(message: string, data?: Record<string, unknown>): void
  debug?(message: string, data?: Record<string, unknown>): void
}

export interface ConnectOptions {
  host: string
  port?: number
  protocol?: 'http' | 'https'
  username: string
  password: string
  /** Label used in errors and logs (default host:port). */
  name?: string
  /** Connections per device. Default 2 (terminals are weak). */
  connections?: number
  /** `Connection: close` on every request, for firmware that hangs on keep-alive. */
  connectionClose?: boolean
  /**
   * `answerMs`: once the device starts answering, the whole answer must arrive within this
   * (default 60 s), however it trickles; `bodyMs` is the idle limit between bytes.
   */
  timeouts?: { connectMs?: number; headersMs?: number; bodyMs?: number; answerMs?: number }
  /** HTTPS trust on first use: stored fingerprint, and a callback to store the first one seen. */
  tls?: { fingerprint?: string; onFirstUse?: (fingerprint: string) => void }
  /** Rotate the digest nonce after this many uses (0 = only when the device refuses it). */
  maxNonceUses?: number
  /** Credentialed requests on both connections at once (see AuthSessionOptions). Default false. */
  parallelCredentials?: boolean
  logger?: Logger
}

type Fn<F> = F extends (http: IsapiHttp, ...a: infer A) => infer R ? (...a: A) => R : never

function bind<F extends (http: IsapiHttp, ...a: never[]) => unknown>(http: IsapiHttp, f: F): Fn<F> {
  return ((...a: never[]) => f(http, ...a)) as Fn<F>
}

function buildCore(http: IsapiHttp) {
  // The person search page maximum the terminal's capabilities state (some accept 32), learned
  // when they are read; person searches use it unless the caller gives another.
  const pages: { persons?: number } = {}
  return {
    system: {
      deviceInfo: bind(http, system.deviceInfo),
      capabilities: async (o?: CallOptions): Promise<DeviceCapabilities> => {
        const c = await caps.capabilities(http, o)
        pages.persons = c.persons.pageMax
        return c
      },
      systemCapabilities: bind(http, caps.systemCapabilities),
      getTime: bind(http, system.getTime),
      setTime: bind(http, system.setTime),
      /** Test-only: reads back the NTP server the station sets (setNtpServer), in tests. */
      getNtpServer: bind(http, system.getNtpServer),
      setNtpServer: bind(http, system.setNtpServer),
      activationStatus: bind(http, system.activationStatus),
      /** Activation of a factory-new device (RSA challenge, AES-sealed password); checked against the simulator, not hardware. */
      activate: bind(http, activate),
      userCheck: bind(http, system.userCheck),
      factoryReset: bind(http, system.factoryReset),
      snapshot: bind(http, system.snapshot),
      streamingChannels: bind(http, streaming.streamingChannels),
      rtspPort: bind(http, streaming.rtspPort),
    },
    persons: {
      search: (q: PersonSearch = {}): AsyncGenerator<Person> =>
        persons.searchPersons(http, { ...(pages.persons ? { pageMax: pages.persons } : {}), ...q }),
      /** Test-only: one page of search(), which the station pages through; paging tests. */
      searchPage: bind(http, persons.searchPersonsPage),
      get: bind(http, persons.getPerson),
      count: bind(http, persons.countPersons),
      add: bind(http, persons.addPerson),
      upsert: bind(http, persons.upsertPerson),
      modify: bind(http, persons.modifyPerson),
      delete: bind(http, persons.deletePersons),
      deleteFully: bind(http, persons.deletePersonsFully),
    },
    maintenance: {
      /** Test-only: a step of upgrade(), which the station calls; step tests. */
      upgradeSupport: bind(http, upgrade.upgradeSupport),
      /** Test-only: a step of upgrade(), which the station calls; step tests. */
      uploadFirmware: bind(http, upgrade.uploadFirmware),
      /** Test-only: a step of upgrade(), which the station calls; step tests. */
      upgradeStatus: bind(http, upgrade.upgradeStatus),
      /** Test-only: a step of upgrade(), which the station calls; step tests. */
      waitForFlash: bind(http, upgrade.waitForFlash),
      /** Upload, flash, reboot, wait, read the new version. */
      upgrade: bind(http, upgrade.upgrade),
      /** Reboot; a connection dropped under it counts as accepted. */
      reboot: bind(http, upgrade.rebootNow),
      waitForReboot: bind(http, upgrade.waitForReboot),
      exportConfiguration: bind(http, configData.exportConfiguration),
      importConfiguration: bind(http, configData.importConfiguration),
      /** Card reader / module upgrade (AcsUpdate, guide ch 12). */
      peripheralCaps: bind(http, peripheralUpgrade.peripheralCaps),
      upgradePeripheral: bind(http, peripheralUpgrade.upgradePeripheral),
      peripheralVersion: bind(http, peripheralUpgrade.peripheralVersion),
    },
    /** Access schedules (UserRight family by default; `family` option for Verify / DoorStatus). */
    schedules: {
      capabilities: bind(http, schedules.scheduleCapabilities),
      /** Test-only: reads back what the station writes (setWeekPlan), in tests. */
      getWeekPlan: bind(http, schedules.getWeekPlan),
      setWeekPlan: bind(http, schedules.setWeekPlan),
      /** Test-only: reads back what the station writes (setHolidayPlan), in tests. */
      getHolidayPlan: bind(http, schedules.getHolidayPlan),
      setHolidayPlan: bind(http, schedules.setHolidayPlan),
      /** Test-only: reads back what the station writes (setHolidayGroup), in tests. */
      getHolidayGroup: bind(http, schedules.getHolidayGroup),
      setHolidayGroup: bind(http, schedules.setHolidayGroup),
      /** Test-only: reads back what the station writes (setTemplate), in tests. */
      getTemplate: bind(http, schedules.getPlanTemplate),
      setTemplate: bind(http, schedules.setPlanTemplate),
      clearCapabilities: bind(http, schedules.clearPlansCapabilities),
      clear: bind(http, schedules.clearPlans),
      /** CardReaderPlan (reader → Verify template) and DoorStatusPlan (door → DoorStatus template). */
      bindingCapabilities: bind(http, scheduleBindings.bindingCapabilities),
      getBinding: bind(http, scheduleBindings.getBinding),
      setBinding: bind(http, scheduleBindings.setBinding),
    },
    /** Any configuration resource by address (the station's registry names them). */
    config: {
      read: bind(http, configResource.readResource),
      write: bind(http, configResource.writeResource),
      caps: bind(http, configResource.readResourceCaps),
      capabilities: bind(http, configResource.readCapabilities),
    },
    /** Anti-passback records, rule resets, attendance templates (endpoints/access-rules.ts). */
    rules: {
      clearOffered: bind(http, accessRules.clearOffered),
      clear: bind(http, accessRules.clearRules),
      clearAntiPassback: bind(http, accessRules.clearAntiPassback),
      attendanceTemplates: bind(http, accessRules.attendanceTemplates),
    },
    /** Asynchronous import tasks other tools started (endpoints/async-import.ts). */
    importTasks: {
      capabilities: bind(http, asyncImport.asyncImportCapabilities),
      list: bind(http, asyncImport.asyncImportTasks),
      status: bind(http, asyncImport.asyncImportTask),
      remove: bind(http, asyncImport.deleteAsyncImportTask),
    },
    cards: {
      search: bind(http, cards.searchCards),
      /** Test-only: one page of search(), which the station pages through; paging tests. */
      searchPage: bind(http, cards.searchCardsPage),
      count: bind(http, cards.countCards),
      add: bind(http, cards.addCard),
      upsert: bind(http, cards.upsertCard),
      modify: bind(http, cards.modifyCard),
      delete: bind(http, cards.deleteCards),
    },
  }
}

export type CoreGroups = ReturnType<typeof buildCore>

export interface IsapiClient extends CoreGroups, CredentialGroups, EventGroups, TerminalGroups {
  /** Device label used in errors. */
  readonly device: string
  /** SHA-256 fingerprint of the HTTPS certificate in force (after the first connection). */
  readonly tlsFingerprint: string | undefined
  /** True once the device accepted the credentials. */
  readonly authenticated: boolean
  /** New credentials; clears an AUTH_FAILED or lock latch. */
  setCredentials(username: string, password: string): void
  /** Low-level access for calls not wrapped here. */
  readonly http: IsapiHttp
  close(): Promise<void>
}

/** A client for one terminal. No I/O happens until the first call. */
export function connect(o: ConnectOptions): IsapiClient {
  const transport = new Transport({
    host: o.host,
    port: o.port,
    protocol: o.protocol ?? 'http',
    connections: o.connections,
    connectionClose: o.connectionClose,
    connectTimeoutMs: o.timeouts?.connectMs,
    headersTimeoutMs: o.timeouts?.headersMs,
    bodyTimeoutMs: o.timeouts?.bodyMs,
    answerDeadlineMs: o.timeouts?.answerMs,
    tls: o.tls,
    device: o.name,
  })
  const session = new AuthSession(
    transport,
    { username: o.username, password: o.password },
    {
      maxNonceUses: o.maxNonceUses,
      lanes: o.connections ?? 2,
      parallelCredentials: o.parallelCredentials,
    },
  )
  const http = new IsapiHttp(session, transport)
  const client: IsapiClient = {
    ...buildCore(http),
    ...buildCredentialGroups(http),
    ...buildEventGroups(http, o.logger),
    ...buildTerminalGroups(http),
    device: transport.device,
    get tlsFingerprint() {
      return transport.tls?.fingerprint
    },
    get authenticated() {
      return session.authenticated
    },
    setCredentials(username: string, password: string) {
      session.setCredentials({ username, password })
    },
    http,
    close: () => transport.close(),
  }
  return client
}
