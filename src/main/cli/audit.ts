// `audit [QUERY] [--action A] [--person E] [--device D] [--from T] [--to T] [--limit N] [--out FILE.csv]`:
// who did what, when, to which person or terminal — the same log the Audit screen reads.
import { writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { AuditEntry } from '@shared/contract/audit'
import { flag, need, show, table, UsageError, type Command } from './context'
import { resolveDeviceFlags } from './devices'

export const auditCommand: Command = async (cli) => {
  const ids = await resolveDeviceFlags(cli)
  if (ids === null) return 1
  if (ids.length > 1) throw new UsageError('audit takes one --device')
  const text = cli.args.join(' ').trim() || flag(cli, 'query')
  const filter = {
    ...(text ? { text } : {}),
    ...(flag(cli, 'action') ? { action: flag(cli, 'action') } : {}),
    ...(flag(cli, 'person') ? { employeeNo: flag(cli, 'person') } : {}),
    ...(ids[0] ? { deviceId: ids[0] } : {}),
    ...(flag(cli, 'from') ? { from: flag(cli, 'from') } : {}),
    ...(flag(cli, 'to') ? { to: flag(cli, 'to') } : {}),
  }
  const out = flag(cli, 'out')
  if (out) {
    const r = need<{ csv: string; rows: number }>(
      cli,
      await cli.station.call('audit.export', filter),
    )
    if (!r) return 1
    const file = resolve(out)
    writeFileSync(file, r.csv)
    return show(cli, { file, rows: r.rows }, () => `${file}: ${r.rows} entries`)
  }
  const limitText = flag(cli, 'limit') ?? '50'
  const limit = Number(limitText)
  if (!Number.isInteger(limit) || limit < 1 || limit > 1000)
    throw new UsageError('--limit takes a whole number from 1 to 1000')
  const r = need<{ total: number; entries: AuditEntry[] }>(
    cli,
    await cli.station.call('audit.search', { ...filter, limit }),
  )
  if (!r) return 1
  return show(cli, r, () =>
    r.entries.length === 0
      ? 'no audit entries'
      : `${table([
          ['TIME', 'OPERATOR', 'ACTION', 'SUBJECT'],
          ...r.entries.map((e) => [
            e.at,
            e.actor,
            e.action,
            e.subjectName ? `${e.subject} (${e.subjectName})` : e.subject,
          ]),
        ])}\n${r.entries.length} of ${r.total}`,
  )
}
