import { writeFileSync } from 'node:fs'
import { eventTypeName } from '@shared/event-types'
import type { AccessEvent, PruneResult } from '@shared/model'
import { flag, need, show, table, untilInterrupted, type CliContext, type Command } from './context'
import { resolveDevice } from './devices'

const line = (e: AccessEvent) => [
  e.time,
  e.deviceId.slice(0, 8),
  `${e.major}/${e.minor} ${eventTypeName(e.major, e.minor, 'en')}`,
  e.granted === null ? '' : e.granted ? 'granted' : 'DENIED',
  e.employeeNo ?? e.cardOwner?.employeeNo ?? '',
  e.name ?? (e.cardOwner ? `${e.cardOwner.name} (card holder)` : ''),
  e.cardNo ?? '',
]

async function filter(cli: CliContext): Promise<Record<string, unknown> | null> {
  const f: Record<string, unknown> = {}
  if (flag(cli, 'device')) {
    const device = await resolveDevice(cli, flag(cli, 'device'))
    if (!device) return null
    f.deviceId = device.id
  }
  for (const [name, key] of [
    ['person', 'employeeNo'],
    ['name', 'name'],
    ['from', 'from'],
    ['to', 'to'],
  ] as const)
    if (flag(cli, name)) f[key] = flag(cli, name)
  return f
}

export const eventsCommands: Record<string, Command> = {
  search: async (cli) => {
    const f = await filter(cli)
    if (!f) return 1
    const page = need<{ total: number; items: AccessEvent[] }>(
      cli,
      await cli.station.call('events.search', { ...f, limit: Number(flag(cli, 'limit') ?? 100) }),
    )
    if (!page) return 1
    return show(cli, page, () =>
      [
        table([
          ['TIME', 'DEVICE', 'MAJOR/MINOR', 'RESULT', 'PERSON', 'NAME', 'CARD'],
          ...page.items.map(line),
        ]),
        `${page.items.length} of ${page.total}`,
      ].join('\n'),
    )
  },
  export: async (cli) => {
    const f = await filter(cli)
    if (!f) return 1
    const r = need<{ csv: string; rows: number }>(cli, await cli.station.call('events.export', f))
    if (!r) return 1
    const out = flag(cli, 'out')
    if (out) writeFileSync(out, r.csv)
    else if (!cli.json) process.stdout.write(r.csv)
    return cli.json || out
      ? show(cli, { rows: r.rows, file: out ?? null }, () => `Wrote ${r.rows} events to ${out}.`)
      : 0
  },
  prune: async (cli) => {
    const r = need<PruneResult>(cli, await cli.station.call('events.prune', {}))
    if (!r) return 1
    return show(
      cli,
      r,
      () =>
        `Removed ${r.events} events older than the retention and ${r.pictures} pictures (${(r.bytes / 1024 / 1024).toFixed(1)} MB) in ${r.tookMs} ms.`,
    )
  },
  tail: async (cli) => {
    const off = cli.station.subscribe((event, payload) => {
      if (event === 'event.access')
        cli.out(cli.json ? JSON.stringify(payload) : line(payload as AccessEvent).join('  '))
    })
    if (!cli.json) cli.err('Listening for access events (Ctrl+C to stop)…')
    await (cli.interrupted ?? untilInterrupted)()
    off()
    return 0
  },
}
