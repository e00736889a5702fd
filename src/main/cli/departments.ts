// departments list | add PATH | move FROM TO | remove PATH — the department tree.
import type { Department } from '@shared/contract/departments'
import { reasonText, type Reason } from '@shared/reason-text'
import type { Result } from '@shared/result'
import { need, show, table, UsageError, type CliContext, type Command } from './context'

/** The error in the reason's words when it has one. */
function failed(cli: CliContext, r: Result<unknown>): boolean {
  if (r.ok) return false
  const reason = r.error.details?.reason as Reason | undefined
  if (cli.json) cli.out(JSON.stringify(r))
  else cli.err(`error ${r.error.code}: ${reason ? reasonText(reason, 'en') : r.error.message}`)
  return true
}

const tree = (list: Department[]) =>
  table([
    ['DEPARTMENT', 'PERSONS', 'WITH SUB-DEPARTMENTS'],
    ...list.map((d) => {
      const depth = d.path.split('/').length - 1
      return [`${'  '.repeat(depth)}${d.path.split('/').at(-1)}`, d.persons, d.total]
    }),
  ])

export const departmentsCommands: Record<string, Command> = {
  list: async (cli) => {
    const list = need<Department[]>(cli, await cli.station.call('departments.list', {}))
    return list ? show(cli, list, () => (list.length ? tree(list) : 'No departments.')) : 1
  },
  add: async (cli) => {
    const path = cli.args[0]
    if (!path) throw new UsageError('departments add PATH   (e.g. "HQ/Front office")')
    const r = await cli.station.call('departments.add', { path })
    if (failed(cli, r)) return 1
    return show(cli, r.ok ? r.value : null, () => `Department ${path} added.`)
  },
  move: async (cli) => {
    const [from, to] = cli.args
    if (!from || !to) throw new UsageError('departments move FROM TO   (rename or move a subtree)')
    const r = await cli.station.call('departments.move', { from, to })
    if (failed(cli, r)) return 1
    const moved = (r.ok ? r.value : { persons: 0 }) as { persons: number }
    return show(cli, moved, () => `Moved ${from} to ${to} (${moved.persons} person(s)).`)
  },
  remove: async (cli) => {
    const path = cli.args[0]
    if (!path) throw new UsageError('departments remove PATH   (only an empty department)')
    const r = await cli.station.call('departments.remove', { path })
    if (failed(cli, r)) return 1
    return show(cli, r.ok ? r.value : null, () => `Department ${path} removed.`)
  },
}
