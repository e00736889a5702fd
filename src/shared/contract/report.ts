// The commissioning report (issue 15): per site and per terminal, verified by reading the
// terminals at the time of the report — never the station's memory passed off as a reading.
import { z } from 'zod'
import type { ErrorCode } from '../result'
import type { ConfigValue } from './config'
import { id, method } from './method'

export type ReportLang = 'en' | 'zh'

export interface ReportSetting {
  resource: string
  instance: number | null
  key: string
  desired: ConfigValue
  /** As read from the terminal (null: absent or not readable). */
  actual: ConfigValue | null
  state: 'asDesired' | 'drifted' | 'unsupported'
  reason?: string
}

export interface ReportHolding {
  kind: 'persons' | 'cards' | 'faces' | 'fingerprints'
  /** Counted by the terminal (null: it could not say). */
  terminal: number | null
  /** What the roster sends to this terminal. */
  roster: number
}

/** An open problem: its kind (worded in the report's language) and the particulars. */
export interface ReportProblem {
  kind:
    | 'unreadable'
    | 'drifted'
    | 'unsupported'
    | 'holdingsDiffer'
    | 'uncounted'
    | 'clockOff'
    | 'clockUnreadable'
    | 'noListening'
    | 'health'
  detail: string
}

export interface ReportTerminal {
  deviceId: string
  name: string
  site: string
  /** false: the terminal could not be read; nothing below is presented as read. */
  verified: boolean
  error?: { code: ErrorCode; message: string }
  /** As the terminal reports itself. */
  identity: {
    model: string
    serialNumber: string
    firmwareVersion: string
    macAddress: string
  } | null
  network: { address: string; protocol: string }
  time: { deviceTime: string; timeZone: string; driftSeconds: number } | null
  profile: string | null
  settings: ReportSetting[]
  holdings: ReportHolding[]
  /** Roster persons missing on the terminal / persons on the terminal not in its roster share (first 20 each). */
  missing: string[]
  extra: string[]
  doors: {
    doorNo: number
    name: string
    openDuration: string | null
    doorStatusTemplate: number | null
  }[]
  listening: { slot: string; state: string; target: string | null }[] | null
  lastEvents: {
    time: string
    major: number
    minor: number
    employeeNo: string | null
    name: string | null
  }[]
  problems: ReportProblem[]
  verdict: 'pass' | 'fail' | 'notVerified'
}

export interface SiteReport {
  /** The sites covered (names), for the title. */
  sites: string[]
  generatedAt: string
  terminals: ReportTerminal[]
  summary: { pass: number; fail: number; notVerified: number }
}

export interface RenderedReport {
  fileName: string
  mime: 'text/html' | 'application/pdf'
  /** HTML text, or the PDF as base64. */
  content: string
  encoding: 'utf8' | 'base64'
  summary: SiteReport['summary']
  /** Notes for the user (e.g. no CJK font found: Chinese text cannot be drawn in the PDF). */
  notes: string[]
}

const pick = {
  site: z.string().min(1).max(128).optional(),
  deviceIds: z.array(id).max(1000).optional(),
}

export const reportApi = {
  /** Reads every chosen terminal now and returns the report's data. */
  'report.build': method<SiteReport>()(z.object(pick).strict()),
  /** The same report as printable HTML or PDF, in English or Chinese. */
  'report.render': method<RenderedReport>()(
    z
      .object({ ...pick, format: z.enum(['html', 'pdf']), lang: z.enum(['en', 'zh']).optional() })
      .strict(),
  ),
}
