import type { Database } from 'better-sqlite3'
import { DEFAULT_SETTINGS, type Settings } from '../../shared/model'

/** Settings are stored one JSON value per key; unknown or damaged keys fall back to defaults. */
export function settingsRepo(db: Database) {
  const all = db.prepare<[], { key: string; value: string }>('SELECT key, value FROM settings')
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
    set(patch: Partial<Settings>): void {
      db.transaction(() => {
        for (const [key, value] of Object.entries(patch))
          if (value !== undefined) put.run(key, JSON.stringify(value))
      })()
    },
  }
}
