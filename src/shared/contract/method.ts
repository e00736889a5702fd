import { z } from 'zod'

/** A method: its argument schema and (type-only) result. */
export interface MethodSpec<S extends z.ZodType, R> {
  args: S
  result: R
}

export const method =
  <R>() =>
  <S extends z.ZodType>(args: S): MethodSpec<S, R> => ({ args, result: undefined as R })

export const none = z.object({}).strict()
export const id = z.string().min(1).max(64)
export const employeeNo = z.string().min(1).max(32)
export const cardNo = z
  .string()
  .regex(/^[0-9A-Za-z]{1,32}$/, 'card numbers are 1 to 32 letters or digits')
/** ISO 8601 instant or local time, as typed by a user or sent by the UI. */
export const isoTime = z
  .string()
  .regex(
    /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/,
    'expected an ISO 8601 time',
  )
