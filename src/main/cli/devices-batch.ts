// Many terminals at once from the command line:
//   devices upgrade D1 D2 … FILE | devices upgrade --all-model MODEL FILE [--concurrency N]
//   devices time-sync all|D…
//   devices ntp HOST all|D…            (NTP server, then NTP mode; --port P, interval 60 min)
//   devices time-zone TZ all|D…        (POSIX, e.g. CST-8:00:00 = UTC+8)
// One line per terminal; exit 1 when any terminal failed (the others still went through).
import { resolve } from 'node:path'
import type { StationEvents } from '@shared/api'
import type { BatchReport } from '@shared/contract/batch'
import type { Device } from '@shared/model'
import { flag, need, show, table, UsageError, type CliContext, type Command } from './context'

/** `all` or terminal names / ids; null when one is unknown. */
async function targets(cli: CliContext, refs: string[]): Promise<Device[] | null> {
  const list = need<Device[]>(cli, await cli.station.call('devices.list', {}))
  if (!list) return null
  if (refs.length === 1 && refs[0] === 'all') return list
  if (!refs.length) throw new UsageError('name the terminals (or all)')
  const out: Device[] = []
  for (const ref of refs) {
    const d = list.find((x) => x.id === ref) ?? list.find((x) => x.name === ref)
    if (!d) {
      cli.err(`error NOT_FOUND: no terminal "${ref}" (see: devices list)`)
      return null
    }
    out.push(d)
  }
  return out
}

function report<T>(cli: CliContext, r: BatchReport<T>, ok: (v: T) => string): number {
  show(cli, r, () =>
    table([
      ['TERMINAL', 'RESULT', 'DETAIL'],
      ...r.items.map((i) => [
        i.deviceName,
        i.ok ? 'ok' : (i.error?.code ?? 'failed'),
        i.ok && i.value !== undefined ? ok(i.value) : (i.error?.message ?? ''),
      ]),
    ]),
  )
  return r.items.every((i) => i.ok) ? 0 : 1
}

/** Per-terminal progress on stderr (batch states, upgrade phases at every 25 %), not with --json. */
function printBatchProgress(cli: CliContext, names: Map<string, string>): () => void {
  const last = new Map<string, string>()
  return cli.station.subscribe((event, payload) => {
    if (cli.json) return
    if (event === 'batch.progress') {
      const p = payload as StationEvents['batch.progress']
      cli.err(`  ${names.get(p.deviceId) ?? p.deviceId}: ${p.state} — ${p.message}`)
    }
    if (event === 'upgrade.progress') {
      const p = payload as StationEvents['upgrade.progress']
      const key = `${p.phase}:${Math.floor(p.percent / 25)}`
      if (last.get(p.deviceId) === key) return
      last.set(p.deviceId, key)
      cli.err(`  ${names.get(p.deviceId) ?? p.deviceId}: ${p.phase} ${p.percent}%`)
    }
  })
}

/** `devices upgrade` with several terminals or --all-model. */
export async function upgradeMany(cli: CliContext): Promise<number> {
  const model = flag(cli, 'all-model')
  const file = cli.args.at(-1)
  if (!file)
    throw new UsageError('devices upgrade D1 D2 … FILE | devices upgrade --all-model M FILE')
  let chosen: Device[] | null
  if (model !== undefined) {
    const list = need<Device[]>(cli, await cli.station.call('devices.list', {}))
    if (!list) return 1
    chosen = list.filter((d) => d.model === model)
    if (!chosen.length) {
      cli.err(`error NOT_FOUND: no terminal of model ${model} (see: devices list)`)
      return 1
    }
  } else chosen = await targets(cli, cli.args.slice(0, -1))
  if (!chosen) return 1
  const concurrency = Number(flag(cli, 'concurrency') ?? 2)
  const off = printBatchProgress(cli, new Map(chosen.map((d) => [d.id, d.name])))
  try {
    const r = need<BatchReport<{ previousVersion: string; firmwareVersion: string }>>(
      cli,
      await cli.station.call('devices.upgradeMany', {
        ids: chosen.map((d) => d.id),
        filePath: resolve(file),
        concurrency,
      }),
    )
    return r ? report(cli, r, (v) => `${v.previousVersion} → ${v.firmwareVersion}`) : 1
  } finally {
    off()
  }
}

const timeCommand =
  (parse: (cli: CliContext) => { args: string[]; action: Record<string, unknown> }): Command =>
  async (cli) => {
    const { args, action } = parse(cli)
    const chosen = await targets(cli, args)
    if (!chosen) return 1
    const off = printBatchProgress(cli, new Map(chosen.map((d) => [d.id, d.name])))
    try {
      const r = need<BatchReport<{ timeMode: string; timeZone: string; localTime: string }>>(
        cli,
        await cli.station.call('devices.timeMany', { ids: chosen.map((d) => d.id), action }),
      )
      return r ? report(cli, r, (v) => `${v.timeMode} ${v.timeZone} ${v.localTime}`) : 1
    } finally {
      off()
    }
  }

export const deviceBatchCommands: Record<string, Command> = {
  'time-sync': timeCommand((cli) => ({ args: cli.args, action: { kind: 'sync' } })),
  ntp: timeCommand((cli) => {
    const [host, ...args] = cli.args
    if (!host) throw new UsageError('devices ntp HOST all|D… [--port P]')
    const port = flag(cli, 'port')
    return { args, action: { kind: 'ntp', host, ...(port ? { port: Number(port) } : {}) } }
  }),
  'time-zone': timeCommand((cli) => {
    const [timeZone, ...args] = cli.args
    if (!timeZone) throw new UsageError('devices time-zone TZ all|D… (e.g. CST-8:00:00 = UTC+8)')
    return { args, action: { kind: 'timeZone', timeZone } }
  }),
}
