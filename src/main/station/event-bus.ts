import type { EventName, StationEvents } from '@shared/api'

export type StationListener = <E extends EventName>(event: E, payload: StationEvents[E]) => void

/** Fan-out of pushed events to every bridge (IPC windows, WebSocket clients, CLI). */
export function createEventBus() {
  const listeners = new Set<StationListener>()
  return {
    emit<E extends EventName>(event: E, payload: StationEvents[E]): void {
      for (const listener of listeners) {
        try {
          listener(event, payload)
        } catch {
          // one broken listener must not starve the others
        }
      }
    },
    subscribe(listener: StationListener): () => void {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}

export type EventBus = ReturnType<typeof createEventBus>
