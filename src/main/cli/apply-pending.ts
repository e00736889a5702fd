// `apply pending` (what waits to be sent, removals first) and `apply rules` (assignment rules;
// a change that takes persons off terminals needs --yes, else exit 1 with the count).
import type { PendingChanges, RuleImpact } from '@shared/contract/continuous'
import type { Assignment } from '@shared/model'
import { need, show, table, UsageError, type CliContext, type Command } from './context'

const CHANGE = { add: 'add', update: 'update', remove: 'REMOVE' } as const

const pending: Command = async (cli) => {
  const limit = Number(cli.flags.limit ?? 200)
  if (!Number.isInteger(limit) || limit < 0 || limit > 1000)
    throw new UsageError('--limit must be 0..1000')
  const p = need<PendingChanges>(cli, await cli.station.call('apply.pending', { limit }))
  if (!p) return 1
  return show(cli, p, () => {
    if (p.total === 0) return 'Nothing waits: every terminal holds what the roster and rules say.'
    const names = new Map(p.devices.map((d) => [d.deviceId, d.deviceName]))
    return [
      `${p.total} change(s) waiting for ${p.terminals} terminal(s)`,
      table([
        ['TERMINAL', 'ADDS', 'UPDATES', 'REMOVALS'],
        ...p.devices.map((d) => [d.deviceName, d.adds, d.updates, d.removals]),
      ]),
      '',
      table([
        ['CHANGE', 'PERSON', 'NAME', 'TERMINAL'],
        ...p.items.map((i) => [
          CHANGE[i.change],
          i.employeeNo,
          i.inRoster
            ? `${i.name ?? ''}${i.startsAt ? ` (access starts ${i.startsAt.replace('T', ' ')})` : ''}`
            : `${i.name ?? ''} (deleted from the roster)`.trim(),
          names.get(i.deviceId) ?? i.deviceId,
        ]),
      ]),
      ...(p.truncated ? [`… and ${p.total - p.items.length} more (--limit N)`] : []),
    ].join('\n')
  })
}

const describeRule = (r: Assignment) => `${r.id}  ${r.personScope} → ${r.deviceScope}`

/** Prints the refusal of an unconfirmed rule change: the count, and how to confirm. */
function refusedUnconfirmed(cli: CliContext, impact: RuleImpact): number {
  if (cli.json)
    cli.out(JSON.stringify({ ok: false, error: { code: 'CONFIRMATION_NEEDED', details: impact } }))
  else
    cli.err(
      `error CONFIRMATION_NEEDED: this would remove ${impact.persons} person(s) from ${impact.terminals} terminal(s) (${impact.removals} removal(s)). Nothing was changed; add --yes to save it.`,
    )
  return 1
}

const rules: Command = async (cli) => {
  const [action = 'list', ...rest] = cli.args
  const confirm = cli.flags.yes === true
  if (action === 'list') {
    const list = need<Assignment[]>(cli, await cli.station.call('assignments.list', {}))
    if (!list) return 1
    return show(cli, list, () =>
      list.length === 0
        ? 'No rules: every person goes to every terminal.'
        : list.map(describeRule).join('\n'),
    )
  }
  if (action === 'add' || action === 'remove') {
    const r =
      action === 'add'
        ? rest.length === 2
          ? await cli.station.call('assignments.add', {
              personScope: rest[0],
              deviceScope: rest[1],
              confirm,
            })
          : null
        : rest.length === 1
          ? await cli.station.call('assignments.remove', { id: Number(rest[0]), confirm })
          : null
    if (!r) throw new UsageError(`apply rules ${action}: see usage`)
    if (!r.ok && r.error.code === 'CONFIRMATION_NEEDED')
      return refusedUnconfirmed(cli, r.error.details as unknown as RuleImpact)
    const value = need<unknown>(cli, r)
    if (value === null) return 1
    return show(cli, value, () =>
      action === 'add' ? `rule ${describeRule(value as Assignment)}` : 'rule removed',
    )
  }
  throw new UsageError(`apply rules: unknown action ${action}`)
}

export const applyPendingCommands: Record<string, Command> = { pending, rules }
