import { useCallback, useState } from 'react'

/** Runs one action at a time and says whether it is still running (for button spinners). */
export function useBusy(): [boolean, <T>(action: () => Promise<T>) => Promise<T>] {
  const [busy, setBusy] = useState(false)
  const run = useCallback(async <T>(action: () => Promise<T>) => {
    setBusy(true)
    try {
      return await action()
    } finally {
      setBusy(false)
    }
  }, [])
  return [busy, run]
}
