// Browser mode's side of the WebSocket bridge: calls wait for their result frame; events fan
// out to subscribers; a dropped socket reconnects (while anyone listens) and fails the calls
// that were in flight. The station greets every socket with `station.ready`, so stores that
// reload on it catch up with what happened during the gap.
import type { EventName } from '@shared/api-names'
import { fail, type Result } from '@shared/result'
import { SOCKET_PATH, type ServerFrame } from '@shared/socket-protocol'

export interface SocketTransport {
  invoke(method: string, args: unknown): Promise<Result<unknown>>
  subscribe(event: EventName, listener: (payload: unknown) => void): () => void
}

export function socketTransport(host: string, token: string): SocketTransport {
  const url = `ws://${host}${SOCKET_PATH}?token=${encodeURIComponent(token)}`
  const pending = new Map<number, (result: Result<unknown>) => void>()
  const listeners = new Map<string, Set<(payload: unknown) => void>>()
  let nextId = 1
  let socket: WebSocket | null = null
  let ready: Promise<WebSocket> | null = null
  let retryMs = 250

  const connect = (): Promise<WebSocket> => {
    ready ??= new Promise((resolve, reject) => {
      const ws = new WebSocket(url)
      ws.onopen = () => {
        socket = ws
        retryMs = 250
        resolve(ws)
      }
      ws.onmessage = (message) => {
        const frame = JSON.parse(String(message.data)) as ServerFrame
        if (frame.type === 'result') {
          pending.get(frame.id)?.(frame.result)
          pending.delete(frame.id)
        } else {
          for (const listener of listeners.get(frame.event) ?? []) listener(frame.payload)
        }
      }
      // an error is always followed by close, which handles it (Node's ws, which tests use,
      // would throw an error no one listens for)
      ws.onerror = () => {}
      ws.onclose = () => {
        socket = null
        ready = null
        for (const [id, settle] of pending) {
          settle(fail('OFFLINE', 'The connection to the station was lost. Is it still running?'))
          pending.delete(id)
        }
        reject(new Error('station socket closed'))
        if (listeners.size > 0)
          setTimeout(() => void connect().catch(() => {}), (retryMs = Math.min(retryMs * 2, 5000)))
      }
    })
    return ready
  }

  return {
    async invoke(method, args) {
      if (!token)
        return fail(
          'AUTH_FAILED',
          'This page was opened without its access token. Open the full address that `npm start` printed.',
        )
      let ws: WebSocket
      try {
        ws = socket ?? (await connect())
      } catch {
        return fail('OFFLINE', 'Cannot reach the station. Is it still running?')
      }
      const id = nextId++
      return new Promise((resolve) => {
        pending.set(id, resolve)
        ws.send(JSON.stringify({ id, method, args }))
      })
    },
    subscribe(event, listener) {
      let set = listeners.get(event)
      if (!set) listeners.set(event, (set = new Set()))
      set.add(listener)
      if (token) void connect().catch(() => {})
      return () => {
        set.delete(listener)
        // an empty set would keep the socket reconnecting for nobody
        if (set.size === 0 && listeners.get(event) === set) listeners.delete(event)
      }
    },
  }
}
