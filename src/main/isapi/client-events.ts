import type { IsapiHttp } from './http/isapi-http'
import type { Logger } from './client'
import { alertStream, type StreamOptions } from './endpoints/alert-stream'
import * as door from './endpoints/door'
import { workStatusFields } from './endpoints/work-status-caps'
import { addHttpHost } from './endpoints/http-host-add'
import * as events from './endpoints/events'
import * as hosts from './endpoints/http-hosts'
import * as hostAdmin from './endpoints/http-host-admin'
import {
  subscribeEvents,
  unsubscribeEvents,
  type SubscribeOptions,
  type SubscribeSpec,
} from './endpoints/subscribe'

type Fn<F> = F extends (http: IsapiHttp, ...a: infer A) => infer R ? (...a: A) => R : never
function bind<F extends (http: IsapiHttp, ...a: never[]) => unknown>(http: IsapiHttp, f: F): Fn<F> {
  return ((...a: never[]) => f(http, ...a)) as Fn<F>
}

export function buildEventGroups(http: IsapiHttp, logger?: Logger) {
  const log = (reason: string, detail?: Record<string, unknown>): void =>
    logger?.warn(`isapi ${http.device}: ${reason}`, detail)
  return {
    events: {
      search: bind(http, events.searchEvents),
      searchPage: bind(http, events.searchEventsPage),
      count: bind(http, events.countEvents),
      capabilities: bind(http, events.eventCapabilities),
      getStorage: bind(http, events.getEventStorage),
      setStorage: bind(http, events.setEventStorage),
      /** alertStream as an async iterator; ends with STREAM_BROKEN when the link dies (reconnect). */
      alertStream: (o: StreamOptions = {}) => alertStream(http, { log, ...o }),
      subscribe: (spec: SubscribeSpec = {}, o: SubscribeOptions = {}) =>
        subscribeEvents(http, spec, { log, ...o }),
      unsubscribe: bind(http, unsubscribeEvents),
    },
    httpHosts: {
      list: bind(http, hosts.listHttpHosts),
      get: bind(http, hosts.getHttpHost),
      set: bind(http, hosts.setHttpHost),
      setAll: bind(http, hosts.setHttpHosts),
      delete: bind(http, hosts.deleteHttpHost),
      deleteAll: bind(http, hosts.deleteAllHttpHosts),
      test: bind(http, hosts.testHttpHost),
      capabilities: bind(http, hostAdmin.httpHostCapabilities),
      remove: bind(http, hostAdmin.removeHttpHost),
      add: bind(http, addHttpHost),
    },
    door: {
      control: bind(http, door.controlDoor),
      open: (doorNo = 1) => door.controlDoor(http, doorNo, 'open'),
      close: (doorNo = 1) => door.controlDoor(http, doorNo, 'close'),
      alwaysOpen: (doorNo = 1) => door.controlDoor(http, doorNo, 'alwaysOpen'),
      alwaysClosed: (doorNo = 1) => door.controlDoor(http, doorNo, 'alwaysClose'),
      workStatus: bind(http, door.doorWorkStatus),
      capabilities: bind(http, door.doorCapabilities),
      workStatusFields: bind(http, workStatusFields),
    },
  }
}

export type EventGroups = ReturnType<typeof buildEventGroups>
