import { useCallback, useState } from 'react'
import type { Problem, Problems } from './plan-issues'

/**
 * Which problems to show: a field's once it was left (blurred) or changed by a control, all of
 * them once Save was pressed. Day-level ones (overlaps, too many) show as soon as they exist.
 */
export function useShown(problems: Problems) {
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set())
  const [submitted, setSubmitted] = useState(false)
  const touch = useCallback(
    (key: string) => setTouched((s) => (s.has(key) ? s : new Set(s).add(key))),
    [],
  )
  const shown = (key: string): Problem | undefined => {
    const p = problems[key]
    if (!p) return undefined
    if (submitted || p === 'overlap' || p === 'tooMany') return p
    const parts = key.split('.')
    for (let i = parts.length; i > 0; i--) if (touched.has(parts.slice(0, i).join('.'))) return p
    return undefined
  }
  return { shown, touch, submit: () => setSubmitted(true), submitted }
}
