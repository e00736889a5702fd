// persons bulk-edit | bulk-remove: the Persons list's bulk tools for scripts. The selection is
// the employee numbers given, or everyone the filter flags match (as `persons list` filters);
// without --yes only the count is printed (exit 1), so a script sees what it would touch.
import type { ArgsOf } from '@shared/api'
import {
  PERSON_APPLY_STATES,
  USER_TYPES,
  type PersonApplyState,
  type UserType,
} from '@shared/model'
import { reasonText, type Reason } from '@shared/reason-text'
import type { Result } from '@shared/result'
import { flag, need, show, UsageError, type CliContext, type Command } from './context'

type Selection = ArgsOf<'persons.bulkEdit'>['selection']
type Changes = ArgsOf<'persons.bulkEdit'>['set']

const SET_KEYS =
  'department=PATH | valid=2026-12-01..2027-11-30 | valid=off | type=normal|visitor|blackList | plan=N | add-group=G | remove-group=G'

function selection(cli: CliContext): Selection {
  if (cli.args.length > 0) return { employeeNos: cli.args }
  const applyState = flag(cli, 'apply-state')
  if (applyState !== undefined && !PERSON_APPLY_STATES.includes(applyState as PersonApplyState))
    throw new UsageError(`--apply-state is one of ${PERSON_APPLY_STATES.join(', ')}`)
  const department = flag(cli, 'department')
  const group = cli.flags.group
  const groupName = Array.isArray(group) ? group.at(-1) : undefined
  const query = flag(cli, 'query') ?? ''
  if (!department && groupName === undefined && !applyState && !query)
    throw new UsageError(
      'name the persons: employee numbers, or --query, --department PATH [--sub-departments], --group G, --apply-state S',
    )
  return {
    filter: {
      query,
      ...(department ? { department, subDepartments: cli.flags['sub-departments'] === true } : {}),
      ...(groupName !== undefined ? { groupName } : {}),
      ...(applyState ? { applyState: applyState as PersonApplyState } : {}),
    },
  }
}

/** 2026-12-01 or 2026-12-01T08:00:00; a bare date is the day's start (or end). */
function localTime(text: string, end: boolean): string {
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/.test(text)) return text
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return `${text}T${end ? '23:59:59' : '00:00:00'}`
  throw new UsageError(`a validity date is YYYY-MM-DD or YYYY-MM-DDThh:mm:ss, not “${text}”`)
}

function changes(cli: CliContext): Changes {
  const raw = cli.flags.set
  const sets = Array.isArray(raw) ? raw : []
  if (sets.length === 0) throw new UsageError(`--set is required: ${SET_KEYS}`)
  const out: Changes = {}
  for (const s of sets) {
    const at = s.indexOf('=')
    const [key, v] = at < 0 ? [s, ''] : [s.slice(0, at), s.slice(at + 1)]
    if (key === 'department') out.department = v
    else if (key === 'valid') {
      if (v === 'off') out.valid = { enable: false }
      else {
        const [from, to] = v.split('..')
        if (!from || !to) throw new UsageError(`valid=FROM..TO or valid=off, not “${v}”`)
        out.valid = {
          enable: true,
          beginTime: localTime(from, false),
          endTime: localTime(to, true),
        }
      }
    } else if (key === 'type') {
      if (!USER_TYPES.includes(v as UserType))
        throw new UsageError(`type is one of ${USER_TYPES.join(', ')}`)
      out.userType = v as UserType
    } else if (key === 'plan') out.planTemplateNo = v
    else if (key === 'add-group') out.addGroups = [...(out.addGroups ?? []), v]
    else if (key === 'remove-group') out.removeGroups = [...(out.removeGroups ?? []), v]
    else throw new UsageError(`--set ${key}: one of ${SET_KEYS}`)
  }
  return out
}

/** How many persons the selection names now (what the user confirms with --yes). */
async function count(cli: CliContext, sel: Selection): Promise<number | null> {
  if ('employeeNos' in sel) return new Set(sel.employeeNos).size
  const page = need<{ total: number }>(
    cli,
    await cli.station.call('persons.search', { ...sel.filter, limit: 1 }),
  )
  return page ? page.total : null
}

function failed(cli: CliContext, r: Result<unknown>): boolean {
  if (r.ok) return false
  const reason = r.error.details?.reason as Reason | undefined
  if (cli.json) cli.out(JSON.stringify(r))
  else cli.err(`error ${r.error.code}: ${reason ? reasonText(reason, 'en') : r.error.message}`)
  return true
}

async function bulk(cli: CliContext, remove: boolean): Promise<number> {
  const sel = selection(cli)
  const set = remove ? undefined : changes(cli)
  const n = await count(cli, sel)
  if (n === null) return 1
  if (n === 0) return show(cli, { persons: 0 }, () => 'No person matches; nothing changed.')
  if (cli.flags.yes !== true) {
    show(
      cli,
      { persons: n, confirmed: false },
      () => `${remove ? 'Would remove' : 'Would change'} ${n} person(s); add --yes to do it.`,
    )
    return 1
  }
  const r = set
    ? await cli.station.call('persons.bulkEdit', { selection: sel, expected: n, set })
    : await cli.station.call('persons.bulkRemove', { selection: sel, expected: n })
  if (failed(cli, r)) return 1
  return show(cli, r.ok ? r.value : null, () =>
    remove
      ? `Removed ${n} person(s) (apply to take them off the terminals).`
      : `Changed ${n} person(s).`,
  )
}

export const personsBulkCommands: Record<string, Command> = {
  'bulk-edit': (cli) => bulk(cli, false),
  'bulk-remove': (cli) => bulk(cli, true),
}
