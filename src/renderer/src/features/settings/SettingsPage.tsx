import { useSettings } from './store'
import { ErrorNotice } from '../shell/ErrorNotice'
import type { Settings } from '../../../../shared/model'

export function SettingsPage() {
  const { settings, error, update } = useSettings()
  if (!settings)
    return error ? <ErrorNotice error={error} /> : <p className="muted">Loading settings…</p>
  return (
    <form className="panel form" onSubmit={(e) => e.preventDefault()}>
      {error && <ErrorNotice error={error} />}
      <label>
        <span>Language</span>
        <select
          value={settings.language}
          onChange={(e) => void update({ language: e.target.value as Settings['language'] })}
        >
          <option value="en">English</option>
          <option value="zh">中文</option>
        </select>
      </label>
      <label>
        <span>Theme</span>
        <select
          value={settings.theme}
          onChange={(e) => void update({ theme: e.target.value as Settings['theme'] })}
        >
          <option value="system">Follow system</option>
          <option value="light">Light</option>
          <option value="dark">Dark</option>
        </select>
      </label>
      <label>
        <span>Listening-host port</span>
        <input
          type="number"
          min={1024}
          max={65535}
          defaultValue={settings.listenPort}
          onBlur={(e) => void update({ listenPort: Number(e.target.value) })}
        />
      </label>
    </form>
  )
}
