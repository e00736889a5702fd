import { useEffect } from 'react'
import { useOverview } from './store'
import type { RosterCounts } from '../../../../shared/model'
import { ErrorNotice } from '../shell/ErrorNotice'

const COUNT_LABELS: [keyof RosterCounts, string][] = [
  ['persons', 'Persons'],
  ['cards', 'Cards'],
  ['fingerprints', 'Fingerprints'],
  ['faces', 'Faces'],
  ['irises', 'Iris records'],
  ['devices', 'Terminals'],
]

export function OverviewPage() {
  const { info, error, loading, load } = useOverview()
  useEffect(() => void load(), [load])

  if (error) return <ErrorNotice error={error} onRetry={load} />
  if (!info)
    return (
      <p className="muted" aria-busy={loading}>
        Connecting to the station…
      </p>
    )

  return (
    <div className="stack">
      <section className="count-grid" aria-label="Roster counts">
        {COUNT_LABELS.map(([key, label]) => (
          <div className="count-card" key={key} data-testid={`count-${key}`}>
            <span className="count-value">{info.counts[key].toLocaleString()}</span>
            <span className="count-label">{label}</span>
          </div>
        ))}
      </section>
      {info.counts.persons === 0 && info.counts.devices === 0 && (
        <section className="panel empty-state">
          <p className="lead">The roster is empty.</p>
          <p className="muted">Add terminals under Devices, then enroll persons and apply them.</p>
        </section>
      )}
      <section className="panel">
        <h2>Station</h2>
        <dl className="facts">
          <dt>Version</dt>
          <dd data-testid="station-version">{info.version}</dd>
          <dt>Running as</dt>
          <dd>{info.bridge === 'electron' ? 'Desktop app' : 'Browser mode'}</dd>
          <dt>Roster folder</dt>
          <dd data-testid="station-data-dir" className="mono">
            {info.dataDir}
          </dd>
          <dt>Schema</dt>
          <dd>v{info.schemaVersion}</dd>
          <dt>Started</dt>
          <dd>{new Date(info.startedAt).toLocaleString()}</dd>
        </dl>
      </section>
    </div>
  )
}
