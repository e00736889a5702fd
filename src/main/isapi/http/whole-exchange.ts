import type { Dispatcher } from 'undici'
import { IsapiError } from '../errors'
import { answerTooSlow, transportError, type WholeResponse } from './transport'

type Where = { method: string; path: string; device: string }

/** Of an error answer (status ≥ 300) only this much is kept: it is read for its status only. */
export const ERROR_BODY_KEEP = 64 * 1024

/**
 * One request whose answer is collected whole, as an undici dispatch handler (Transport.exchange):
 * no body stream, and no closures or abort controller per request unless the caller passed a
 * signal or a timeout shorter than undici's own timers honour.
 */
export class WholeExchange implements Dispatcher.DispatchHandler {
  readonly answer: Promise<WholeResponse>
  private resolve!: (a: WholeResponse) => void
  private reject!: (e: unknown) => void
  private controller: Dispatcher.DispatchController | undefined
  private stop: Error | undefined
  private settled = false
  private timer: NodeJS.Timeout | undefined
  private onAbort: (() => void) | undefined
  private status = 0
  private headers: WholeResponse['headers'] = {}
  private chunks: Buffer[] = []
  private size = 0

  constructor(
    private readonly limit: number,
    readonly where: Where,
    private readonly signal: AbortSignal | undefined,
    /** A headers timeout kept here (undici's timers fire late below a second); 0 = none. */
    ownTimeoutMs: number,
    /** Once the answer starts, it must end within this (0 = no deadline). */
    private readonly answerDeadlineMs = 0,
  ) {
    this.answer = new Promise<WholeResponse>((resolve, reject) => {
      this.resolve = resolve
      this.reject = reject
    })
    if (signal?.aborted) {
      this.finish(new IsapiError('ABORTED', 'the request was cancelled', where))
      return
    }
    if (signal) {
      this.onAbort = () =>
        this.halt(signal.reason instanceof Error ? signal.reason : new Error('aborted'))
      signal.addEventListener('abort', this.onAbort, { once: true })
    }
    if (ownTimeoutMs > 0) this.timer = setTimeout(timedOut, ownTimeoutMs, this, ownTimeoutMs)
  }

  /** False when the request must not be dispatched (already cancelled). */
  get live(): boolean {
    return !this.settled
  }

  halt(why: Error): void {
    this.stop ??= why
    if (this.controller) this.controller.abort(why)
    else this.finish(why) // still queued: nothing was sent, nothing to wait for
  }

  finish(error: unknown, answer?: WholeResponse): void {
    if (this.settled) return
    this.settled = true
    if (this.timer) clearTimeout(this.timer)
    if (this.onAbort) this.signal?.removeEventListener('abort', this.onAbort)
    if (answer) this.resolve(answer)
    else
      this.reject(
        error instanceof IsapiError ? error : transportError(error, this.where, this.signal),
      )
  }

  onRequestStart(c: Dispatcher.DispatchController): void {
    this.controller = c
    if (this.stop) c.abort(this.stop)
  }

  onResponseStart(
    _c: Dispatcher.DispatchController,
    statusCode: number,
    headers: WholeResponse['headers'],
  ): void {
    if (this.timer) clearTimeout(this.timer)
    this.timer =
      this.answerDeadlineMs > 0
        ? setTimeout(pastDeadline, this.answerDeadlineMs, this, this.answerDeadlineMs)
        : undefined
    this.status = statusCode
    this.headers = headers
    this.chunks = []
    this.size = 0
  }

  onResponseData(c: Dispatcher.DispatchController, chunk: Buffer): void {
    const kept = this.size
    this.size += chunk.length
    if (this.status >= 300 && this.size >= ERROR_BODY_KEEP) {
      // an error answer is read for its status only: its head is enough, the rest never read
      this.chunks.push(chunk.subarray(0, ERROR_BODY_KEEP - kept))
      this.size = ERROR_BODY_KEEP
      this.onResponseEnd()
      c.abort(new Error('error answer cut short'))
    } else if (this.size <= this.limit) this.chunks.push(chunk)
    else this.tooLarge(c)
  }

  private tooLarge(c: Dispatcher.DispatchController): void {
    this.stop ??= new IsapiError('TOO_LARGE', `the answer exceeded ${this.limit} bytes`, this.where)
    c.abort(this.stop)
  }

  onResponseEnd(): void {
    const { chunks, size } = this
    this.finish(undefined, {
      status: this.status,
      headers: this.headers,
      data: chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size),
    })
  }

  onResponseError(_c: Dispatcher.DispatchController, error: Error): void {
    this.finish(this.stop ?? error)
  }
}

function pastDeadline(x: WholeExchange, ms: number): void {
  x.halt(answerTooSlow(ms, x.where))
}

function timedOut(x: WholeExchange, ms: number): void {
  x.halt(new IsapiError('TIMEOUT', `the device did not answer within ${ms} ms`, x.where))
}
