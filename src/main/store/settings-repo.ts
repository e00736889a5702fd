import type { Database } from 'better-sqlite3'
import { DEFAULT_SETTINGS, type Settings } from '@shared/model'

/** Settings are stored one JSON value per key; unknown or damaged keys fall back to defaults. */
export function settingsRepo(db: Database) {
  const all = db.prepare<[], { key: string; value: string }>('SELECT key, value FROM settings')
  const one = db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?')
  const put = db.prepare<[string, string]>(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  )

  return {
    get(): Settings {
      const stored: Record<string, unknown> = {}
      for (const row of all.all()) {
        try {
          stored[row.key] = JSON.parse(row.value)
        } catch {
          // a damaged value is ignored; the default stands
        }
      }
      const merged = { ...DEFAULT_SETTINGS }
      for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]) {
        if (key in stored && typeof stored[key] === typeof DEFAULT_SETTINGS[key]) {
          ;(merged as Record<string, unknown>)[key] = stored[key]
        }
      }
      return merged
    },
    /** Internal station state kept beside the settings (not user settings): JSON by key. */
    getValue<T>(key: string): T | undefined {
      const row = one.get(key)
      if (!row) return undefined
      try {
        return JSON.parse(row.value) as T
      } catch {
        return undefined
      }
    },
    setValue(key: string, value: unknown): void {
      put.run(key, JSON.stringify(value))
    },
    set(patch: Partial<Settings>): void {
      db.transaction(() => {
        for (const [key, value] of Object.entries(patch))
          if (value !== undefined) put.run(key, JSON.stringify(value))
      })()
    },
  }
}
