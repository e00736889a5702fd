import type { Logger } from './logger'

/**
 * A station serves a front desk all day: an error that escaped every handler (a bug in a
 * background task) is logged loudly and the station keeps serving, instead of taking the
 * window down with the roster mid-edit. Errors inside calls already come back as Results.
 */
export function installLastResort(logger: Logger): void {
  process.on('unhandledRejection', (reason) => {
    logger.error('unhandled rejection (a bug: please report it)', {
      error: reason instanceof Error ? reason.stack : String(reason),
    })
  })
  process.on('uncaughtException', (error) => {
    logger.error('uncaught exception (a bug: please report it)', {
      error: error.stack ?? String(error),
    })
  })
}
