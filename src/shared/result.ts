// Errors cross every boundary as data: a Result with a coded AppError. UI text is chosen by
// `code`, never by matching `message`.

export const ERROR_CODES = [
  // boundary
  'INVALID_ARGS',
  'UNKNOWN_METHOD',
  'NOT_IMPLEMENTED',
  'NOT_FOUND',
  'CONFLICT',
  'INTERNAL',
  // store
  'DB_TOO_NEW',
  'DB_CORRUPT',
  'DB_BUSY',
  'DISK_FULL',
  'SECRET_KEY_MISMATCH',
  // devices (filled by the station; mirrors the ISAPI client's categories)
  'AUTH_FAILED',
  'AUTH_INSECURE',
  'DEVICE_LOCKED',
  'PERMISSION_DENIED',
  'NOT_ACTIVATED',
  'NOT_SUPPORTED',
  'DEVICE_REJECTED',
  'CAPACITY_FULL',
  'DEVICE_BUSY',
  'OFFLINE',
  'TIMEOUT',
  'CERT_CHANGED',
  'CANCELLED',
  // a password would cross the network readable (plain HTTP): refused, nothing sent
  'INSECURE_CHANNEL',
  // a setting outside what the terminal's capabilities allow (nothing was sent)
  'OUT_OF_RANGE',
  // the terminal's administrator account (or the station's own) cannot be deleted
  'ADMIN_ACCOUNT',
  // a change would take access away (e.g. a rule change removes persons from terminals): asked first
  'CONFIRMATION_NEEDED',
] as const

export type ErrorCode = (typeof ERROR_CODES)[number]

export interface AppError {
  code: ErrorCode
  message: string
  details?: Record<string, unknown>
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError }

export const ok = <T>(value: T): Result<T> => ({ ok: true, value })

export const fail = (
  code: ErrorCode,
  message: string,
  details?: Record<string, unknown>,
): Result<never> => ({
  ok: false,
  error: details ? { code, message, details } : { code, message },
})

/** Thrown inside the Node side to abort with a coded error; the dispatcher turns it into a Result. */
export class AppFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message)
    this.name = 'AppFailure'
  }

  toAppError(): AppError {
    return this.details
      ? { code: this.code, message: this.message, details: this.details }
      : { code: this.code, message: this.message }
  }
}

export const isErrorCode = (value: unknown): value is ErrorCode =>
  typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value)
