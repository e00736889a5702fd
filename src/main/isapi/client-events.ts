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
      /** Test-only: the station reads event support from the capability set (system.capabilities). */
      capabilities: bind(http, events.eventCapabilities),
      /** Test-only: no station feature sets the event storage mode yet. */
      getStorage: bind(http, events.getEventStorage),
      /** Test-only: no station feature sets the event storage mode yet. */
      setStorage: bind(http, events.setEventStorage),
      /** alertStream as an async iterator; ends with STREAM_BROKEN when the link dies (reconnect). */
      alertStream: (o: StreamOptions = {}) => alertStream(http, { log, ...o }),
      /** Test-only: the station arms with alertStream, without a subscription (guide 4.6.2). */
      subscribe: (spec: SubscribeSpec = {}, o: SubscribeOptions = {}) =>
        subscribeEvents(http, spec, { log, ...o }),
      /** Test-only: the station arms with alertStream, without a subscription (guide 4.6.2). */
      unsubscribe: bind(http, unsubscribeEvents),
    },
    httpHosts: {
      list: bind(http, hosts.listHttpHosts),
      get: bind(http, hosts.getHttpHost),
      set: bind(http, hosts.setHttpHost),
      setAll: bind(http, hosts.setHttpHosts),
      /** Test-only: the station empties a slot with remove (DELETE …/httpHosts/<id>). */
      delete: bind(http, hosts.deleteHttpHost),
      deleteAll: bind(http, hosts.deleteAllHttpHosts),
      test: bind(http, hosts.testHttpHost),
      capabilities: bind(http, hostAdmin.httpHostCapabilities),
      remove: bind(http, hostAdmin.removeHttpHost),
      add: bind(http, addHttpHost),
    },
    door: {
      control: bind(http, door.controlDoor),
      workStatus: bind(http, door.doorWorkStatus),
      /** Test-only: the station reads door counts from the capability set (system.capabilities). */
      capabilities: bind(http, door.doorCapabilities),
      workStatusFields: bind(http, workStatusFields),
    },
  }
}

export type EventGroups = ReturnType<typeof buildEventGroups>
