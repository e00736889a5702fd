import { useCallback, useEffect, useRef, useState } from 'react'
import type { AppError, Result } from '@shared/result'

/** Loads a station call on mount (and on reload); keeps the last value while reloading. */
export function useLoad<T>(call: () => Promise<Result<T>>, key: string) {
  const [value, setValue] = useState<T | null>(null)
  const [error, setError] = useState<AppError | null>(null)
  const [loading, setLoading] = useState(true)
  const callRef = useRef(call)
  callRef.current = call
  const reload = useCallback(async () => {
    setLoading(true)
    const r = await callRef.current()
    setLoading(false)
    if (r.ok) {
      setValue(r.value)
      setError(null)
    } else setError(r.error)
    return r
  }, [])
  useEffect(() => {
    void reload()
  }, [reload, key])
  return { value, setValue, error, setError, loading, reload }
}
