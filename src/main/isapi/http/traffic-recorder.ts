// The guide-coverage recorder (`npm run coverage:guide`): when GUIDE_COVERAGE_FILE names a file,
// every request the client sends is appended to it as one JSON line (method, URL, the client
// function that sent it, and the station method / CLI command on whose behalf). Off (the
// variable unset) it costs one comparison per request: no stack, no async context, no I/O.
import { AsyncLocalStorage } from 'node:async_hooks'
import { appendFileSync } from 'node:fs'

const FILE = process.env.GUIDE_COVERAGE_FILE

/** On whose behalf a request is sent: the station method and, from the CLI, the command. */
export interface CoverageCaller {
  station?: string
  cli?: string
}

const callers = FILE ? new AsyncLocalStorage<CoverageCaller>() : undefined

/** Runs `fn` with `caller` merged into the current caller (a no-op when recording is off). */
export function withCoverageCaller<T>(caller: CoverageCaller, fn: () => T): T {
  if (!callers) return fn()
  return callers.run({ ...callers.getStore(), ...caller }, fn)
}

const FRAME =
  /at (?:async )?(?:[\w$]+\.)?([\w$]+) \(.*[\\/]isapi[\\/](?:endpoints[\\/][\w-]+|client[\w-]*)\.ts/

/** The first client function (endpoints/*, client*.ts) on the stack. */
function clientFunction(): string | undefined {
  const stack = new Error().stack ?? ''
  for (const line of stack.split('\n')) {
    const m = FRAME.exec(line)
    if (m) return m[1]
  }
  return undefined
}

export function recordClientRequest(method: string, url: string): void {
  if (!FILE) return
  const line = { side: 'client', method, url, fn: clientFunction(), ...callers?.getStore() }
  appendFileSync(FILE, JSON.stringify(line) + '\n')
}

/** A pushed notification the client decoded (alertStream / httpHosts): its eventType. */
export function recordClientEvent(eventType: string): void {
  if (!FILE) return
  const line = { side: 'client', method: 'EVENT', url: eventType, ...callers?.getStore() }
  appendFileSync(FILE, JSON.stringify(line) + '\n')
}
