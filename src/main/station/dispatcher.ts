// One door into the station for every bridge: look the method up in the contract, validate
// the arguments with its schema, run the handler, and return a Result. Nothing thrown by a
// handler escapes as an exception; unexpected ones become INTERNAL with the cause logged.
import { api, isMethodName, type MethodName, type ParsedArgsOf, type ResultOf } from '@shared/api'
import { AppFailure, ok, type Result } from '@shared/result'
import { withCoverageCaller } from '../isapi'
import type { Logger } from '../platform/logger'
import { storeFailure } from '../store/store-errors'
import { codedFail } from '@shared/coded-failure'
import { invalidArgsReason } from './invalid-args'

export type Handler<M extends MethodName> = (
  args: ParsedArgsOf<M>,
) => ResultOf<M> | Promise<ResultOf<M>>
export type Handlers = { [M in MethodName]?: Handler<M> }

export type Dispatch = (method: string, args: unknown) => Promise<Result<unknown>>

export function createDispatcher(handlers: Handlers, logger: Logger): Dispatch {
  return async (method, rawArgs) => {
    if (!isMethodName(method))
      return codedFail('UNKNOWN_METHOD', 'unknownMethod', { method: String(method) })
    const handler = handlers[method] as Handler<MethodName> | undefined
    if (!handler) return codedFail('NOT_IMPLEMENTED', 'methodNotImplemented', { method })
    const parsed = api[method].args.safeParse(rawArgs ?? {})
    if (!parsed.success) {
      const why = invalidArgsReason(method, parsed.error)
      return codedFail('INVALID_ARGS', why.code, why.params, {
        issues: parsed.error.issues.map((i) => ({
          path: i.path.map(String).join('.'),
          message: i.message,
        })),
      })
    }
    try {
      return ok(await withCoverageCaller({ station: method }, () => handler(parsed.data as never)))
    } catch (error) {
      if (error instanceof AppFailure) return { ok: false, error: error.toAppError() }
      const stored = storeFailure(error)
      if (stored) return { ok: false, error: stored.toAppError() }
      logger.error(`${method} failed unexpectedly`, {
        error: error instanceof Error ? error.stack : String(error),
      })
      return codedFail('INTERNAL', 'methodFailed', {
        method,
        why: error instanceof Error ? error.message : String(error),
      })
    }
  }
}
