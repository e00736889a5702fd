// Builds the typed, grouped client (`station.devices.add(args)`) over any transport that can
// invoke a method by name. Used by the preload (IPC) and the renderer's WebSocket bridge.
import type { ArgsOf, ResultOf, StationEvents } from './api'
import type { EventName, MethodName } from './api-names'
import type { Result } from './result'

type Split<S extends string> = S extends `${infer G}.${infer M}` ? [G, M] : never
type GroupOf<M extends MethodName> = Split<M>[0]

export type StationClient = {
  [G in GroupOf<MethodName>]: {
    [M in MethodName as Split<M>[0] extends G ? Split<M>[1] : never]: Record<
      never,
      never
    > extends ArgsOf<M>
      ? (args?: ArgsOf<M>) => Promise<Result<ResultOf<M>>>
      : (args: ArgsOf<M>) => Promise<Result<ResultOf<M>>>
  }
} & {
  call<M extends MethodName>(method: M, args: ArgsOf<M>): Promise<Result<ResultOf<M>>>
  on<E extends EventName>(event: E, listener: (payload: StationEvents[E]) => void): () => void
}

export type Invoke = (method: MethodName, args: unknown) => Promise<Result<unknown>>
export type Subscribe = (event: EventName, listener: (payload: unknown) => void) => () => void

export function buildClient(
  methods: readonly MethodName[],
  invoke: Invoke,
  subscribe: Subscribe,
): StationClient {
  const client: Record<string, unknown> = {
    call: (method: MethodName, args: unknown) => invoke(method, args ?? {}),
    on: subscribe,
  }
  for (const name of methods) {
    const [group, fn] = name.split('.') as [string, string]
    const bucket = (client[group] ??= {}) as Record<string, unknown>
    bucket[fn] = (args?: unknown) => invoke(name, args ?? {})
  }
  return client as StationClient
}
