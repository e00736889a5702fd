// SQLite failures an installer can act on, as coded errors naming the roster file and what to
// do: a full disk, another program holding the roster, a damaged file. Anything else stays an
// unexpected error.
import { AppFailure } from '@shared/result'
import { codedFailure } from '@shared/coded-failure'

interface SqliteLike {
  code?: unknown
  message?: unknown
}

function sqliteCode(error: unknown): string {
  const code = (error as SqliteLike | null)?.code
  return typeof code === 'string' ? code : ''
}

export const isDiskFull = (error: unknown): boolean => {
  const code = sqliteCode(error)
  return code === 'SQLITE_FULL' || code === 'SQLITE_IOERR_WRITE' || code === 'ENOSPC'
}

export const isBusy = (error: unknown): boolean => sqliteCode(error).startsWith('SQLITE_BUSY')

export const isCorrupt = (error: unknown): boolean => {
  const code = sqliteCode(error)
  return code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB'
}

/** The coded failure for a SQLite error an installer can act on, or undefined. */
export function storeFailure(error: unknown, file?: string): AppFailure | undefined {
  if (error instanceof AppFailure) return error
  const where = file && file !== ':memory:' ? ` (${file})` : ''
  const details = file ? { file, sqlite: sqliteCode(error) } : { sqlite: sqliteCode(error) }
  if (isDiskFull(error)) return codedFailure('DISK_FULL', 'diskFull', { where }, details)
  if (isBusy(error)) return codedFailure('DB_BUSY', 'dbBusy', { where }, details)
  if (isCorrupt(error))
    return codedFailure('DB_CORRUPT', 'dbDamaged', { where, sqlite: sqliteCode(error) }, details)
  return undefined
}
