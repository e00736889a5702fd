// One door into the station for every bridge: look the method up in the contract, validate
// the arguments with its schema, run the handler, and return a Result. Nothing thrown by a
// handler escapes as an exception; unexpected ones become INTERNAL with the cause logged.
import { z } from 'zod'
import { api, isMethodName, type MethodName, type ParsedArgsOf, type ResultOf } from '@shared/api'
import { AppFailure, fail, ok, type Result } from '@shared/result'
import { withCoverageCaller } from '../isapi'
import type { Logger } from '../platform/logger'
import { storeFailure } from '../store/store-errors'

export type Handler<M extends MethodName> = (
  args: ParsedArgsOf<M>,
) => ResultOf<M> | Promise<ResultOf<M>>
export type Handlers = { [M in MethodName]?: Handler<M> }

export type Dispatch = (method: string, args: unknown) => Promise<Result<unknown>>

export function createDispatcher(handlers: Handlers, logger: Logger): Dispatch {
  return async (method, rawArgs) => {
    if (!isMethodName(method))
      return fail('UNKNOWN_METHOD', `There is no station method named "${String(method)}".`)
    const handler = handlers[method] as Handler<MethodName> | undefined
    if (!handler)
      return fail(
        'NOT_IMPLEMENTED',
        `"${method}" is part of the contract but not available in this version yet.`,
      )
    const parsed = api[method].args.safeParse(rawArgs ?? {})
    if (!parsed.success) {
      return fail(
        'INVALID_ARGS',
        `Invalid arguments for ${method}: ${z.prettifyError(parsed.error)}`,
        {
          issues: parsed.error.issues.map((i) => ({
            path: i.path.map(String).join('.'),
            message: i.message,
          })),
        },
      )
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
      return fail(
        'INTERNAL',
        `${method} failed unexpectedly: ${error instanceof Error ? error.message : String(error)}`,
      )
    }
  }
}
