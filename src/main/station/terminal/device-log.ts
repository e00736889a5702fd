// The terminal's own log (ContentMgmt logSearch): one page for the screen, every page for CSV.
import type { LogEntry } from '../../isapi/endpoints/log'
import type { LogEntryView, LogPageView } from '@shared/contract/terminal'
import type { ConfigLabel } from '@shared/contract/config'
import { formatCsv } from '../roster/csv'
import type { DeviceService } from '../devices/device-service'
import type { DeviceCall } from './device-call'
import { LOG_MAJOR_LABELS, LOG_MINOR_LABELS } from './log-type-labels'
import { codedFailure } from '@shared/coded-failure'

export interface LogFilter {
  from?: string | undefined
  to?: string | undefined
  major?: 'Alarm' | 'Exception' | 'Operation' | 'Information' | undefined
}

const MAX_EXPORT = 10_000
const PAGE = 50

const view = (e: LogEntry): LogEntryView => {
  const v: LogEntryView = {
    time: e.time,
    major: e.major,
    minor: e.minor,
    userName: e.userName ?? null,
    ipAddress: e.ipAddress ?? null,
    info: e.info ?? null,
  }
  const major = LOG_MAJOR_LABELS[e.major]
  const minor = LOG_MINOR_LABELS[e.minor]
  if (major) v.majorLabel = major
  if (minor) v.minorLabel = minor
  return v
}

/** The type's words in English with the terminal's name, for CSV and the CLI. */
export const logTypeText = (name: string, label: ConfigLabel | undefined): string =>
  label ? `${label.en} (${name})` : name

const query = (f: LogFilter) => ({
  ...(f.from ? { from: f.from } : {}),
  ...(f.to ? { to: f.to } : {}),
  ...(f.major ? { major: f.major } : {}),
})

export function deviceLogService(devices: DeviceService, call: DeviceCall) {
  const requireLog = (id: string): void => {
    if (!devices.get(id).capabilities?.ops?.log)
      throw codedFailure('NOT_SUPPORTED', 'deviceLogUnsupported', {
        terminal: devices.record(id).name,
      })
  }
  const checkSpan = (f: LogFilter): void => {
    if (f.from && f.to && Date.parse(f.from) > Date.parse(f.to))
      throw codedFailure('INVALID_ARGS', 'periodReversed', {}, { field: 'from' })
  }

  return {
    async page(id: string, f: LogFilter, position: number, limit: number): Promise<LogPageView> {
      requireLog(id)
      checkSpan(f)
      const p = await call(id, (c) => c.log.search({ ...query(f), position, maxResults: limit }))
      return {
        entries: p.entries.map(view),
        next: p.more ? position + p.entries.length : null,
        total: p.total ?? null,
      }
    },

    async exportCsv(
      id: string,
      f: LogFilter,
    ): Promise<{ fileName: string; csv: string; rows: number; truncated: boolean }> {
      requireLog(id)
      checkSpan(f)
      const record = devices.record(id)
      const rows: (string | number | null)[][] = [
        ['time', 'type', 'event', 'user', 'address', 'info'],
      ]
      let position = 0
      let searchID: string | undefined
      let truncated = false
      for (;;) {
        const p = await call(id, (c) =>
          c.log.search({
            ...query(f),
            position,
            maxResults: PAGE,
            ...(searchID ? { searchID } : {}),
          }),
        )
        searchID = p.searchID
        for (const e of p.entries)
          rows.push([
            e.time,
            e.major,
            logTypeText(e.minor, LOG_MINOR_LABELS[e.minor]),
            e.userName ?? '',
            e.ipAddress ?? '',
            e.info ?? '',
          ])
        position += p.entries.length
        if (rows.length - 1 >= MAX_EXPORT) {
          truncated = p.more || rows.length - 1 > MAX_EXPORT
          rows.length = MAX_EXPORT + 1
          break
        }
        if (!p.more || p.entries.length === 0) break
      }
      const safe = record.name.replace(/[^A-Za-z0-9_.-]+/g, '-').replace(/^-|-$/g, '') || 'terminal'
      return { fileName: `${safe}-log.csv`, csv: formatCsv(rows), rows: rows.length - 1, truncated }
    },
  }
}
