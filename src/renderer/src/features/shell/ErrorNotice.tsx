import type { AppError } from '../../../../shared/result'

const ADVICE: Partial<Record<AppError['code'], string>> = {
  OFFLINE: 'Check that the station is still running, then retry.',
  AUTH_FAILED:
    'The address carries a one-time token; copy it again from the terminal where the station runs.',
  DB_TOO_NEW: 'This roster was written by a newer version. Update Enrollment Station.',
  INVALID_ARGS: 'Correct the highlighted values and try again.',
}

export function ErrorNotice({ error, onRetry }: { error: AppError; onRetry?: () => void }) {
  return (
    <div className="notice error" role="alert">
      <strong>{error.message}</strong>
      {ADVICE[error.code] && <p>{ADVICE[error.code]}</p>}
      {onRetry && (
        <button type="button" onClick={onRetry}>
          Retry
        </button>
      )}
    </div>
  )
}
