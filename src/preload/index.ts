// Exposes window.station as named, grouped functions (never raw ipcRenderer).
import { contextBridge, ipcRenderer } from 'electron'
import { METHOD_NAMES, isEventName, type EventName } from '@shared/api-names'
import { buildClient } from '@shared/client'
import type { Result } from '@shared/result'

const CALL_CHANNEL = 'station:call'
const EVENT_CHANNEL = 'station:event'

const client = buildClient(
  METHOD_NAMES,
  (method, args) => ipcRenderer.invoke(CALL_CHANNEL, method, args) as Promise<Result<unknown>>,
  (event: EventName, listener) => {
    if (!isEventName(event)) throw new Error(`unknown station event ${String(event)}`)
    const handler = (_e: unknown, name: string, payload: unknown) => {
      if (name === event) listener(payload)
    }
    ipcRenderer.on(EVENT_CHANNEL, handler)
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNEL, handler)
    }
  },
)

contextBridge.exposeInMainWorld('station', client)
