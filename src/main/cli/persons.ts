import { readFileSync } from 'node:fs'
import {
  PERSON_APPLY_STATES,
  type ImportPreview,
  type PersonApplyState,
  type PersonDetail,
  type PersonSummary,
} from '@shared/model'
import { flag, need, required, show, table, UsageError, type Command } from './context'
import { exportPersonFile, importPersonFile, refused, templatePersonFile } from './person-files'
import { personsBulkCommands } from './persons-bulk'

/** Every value of a repeatable flag, or undefined when it is not given. */
function flags(cli: Parameters<Command>[0], name: string): string[] | undefined {
  const v = cli.flags[name]
  if (Array.isArray(v)) return v.filter((x): x is string => typeof x === 'string')
  return typeof v === 'string' ? [v] : undefined
}

export const personsCommands: Record<string, Command> = {
  ...personsBulkCommands,
  list: async (cli) => {
    const applyState = flag(cli, 'apply-state')
    if (applyState !== undefined && !isApplyState(applyState))
      throw new UsageError(`--apply-state is one of ${PERSON_APPLY_STATES.join(', ')}`)
    const page = need<{ total: number; items: PersonSummary[] }>(
      cli,
      await cli.station.call('persons.search', {
        query: flag(cli, 'query') ?? cli.args[0] ?? '',
        limit: Number(flag(cli, 'limit') ?? 100),
        ...(applyState ? { applyState } : {}),
      }),
    )
    if (!page) return 1
    return show(cli, page, () =>
      [
        table([
          ['EMPLOYEE NO', 'NAME', 'GROUP', 'CARDS', 'FINGERS', 'FACE', 'IRIS', 'APPLY STATE'],
          ...page.items.map((p) => [
            p.employeeNo,
            p.name,
            p.groupName,
            p.cards,
            p.fingerprints,
            p.hasFace ? 'yes' : '',
            p.irises || '',
            p.applyState ?? '',
          ]),
        ]),
        `${page.items.length} of ${page.total}`,
      ].join('\n'),
    )
  },
  show: async (cli) => {
    const employeeNo = cli.args[0] ?? required(cli, 'person')
    const p = need<PersonDetail>(cli, await cli.station.call('persons.get', { employeeNo }))
    if (!p) return 1
    return show(cli, p, () =>
      [
        `${p.employeeNo}  ${p.name}  (${[p.userType, ...p.groups].join(', ')})`,
        `valid: ${p.valid.enable ? `${p.valid.beginTime} → ${p.valid.endTime}` : 'always'}   doors: ${p.doorRights.join(',')}   plan: ${p.planTemplateNo}   PIN: ${p.hasPin ? 'set' : 'none'}`,
        `cards: ${p.cards.map((c) => c.cardNo).join(', ') || 'none'}`,
        `fingerprints: ${p.fingerprints.map((f) => `#${f.fingerId}`).join(', ') || 'none'}   face: ${p.face ? `${p.face.width}×${p.face.height}` : 'none'}   iris: ${p.irises.map((i) => i.eye).join(', ') || 'none'}`,
      ].join('\n'),
    )
  },
  add: async (cli) => {
    const employeeNo = required(cli, 'no')
    // an existing person keeps everything its flags do not name (door rights, plan, notes …)
    const found = await cli.station.call('persons.get', { employeeNo })
    const existing = found.ok ? (found.value as PersonDetail) : null
    const groups = flags(cli, 'group') // several --group: every access group of the person
    const saved = need<PersonDetail>(
      cli,
      await cli.station.call(
        'persons.save',
        existing
          ? {
              employeeNo,
              name: flag(cli, 'name') ?? existing.name,
              userType: existing.userType,
              gender: existing.gender,
              valid: existing.valid,
              doorRights: existing.doorRights,
              planTemplateNo: existing.planTemplateNo,
              groupName: existing.groupName,
              notes: existing.notes,
              ...(groups ? { groups } : {}),
            }
          : { employeeNo, name: required(cli, 'name'), groups: groups ?? [] },
      ),
    )
    if (!saved) return 1
    const cards = cli.flags.card
    for (const cardNo of Array.isArray(cards) ? cards : typeof cards === 'string' ? [cards] : []) {
      if (!need(cli, await cli.station.call('persons.addCard', { employeeNo, cardNo }))) return 1
    }
    const face = flag(cli, 'face')
    if (
      face &&
      !need(
        cli,
        await cli.station.call('persons.setFace', {
          employeeNo,
          jpegBase64: readFileSync(face).toString('base64'),
          source: 'file',
        }),
      )
    )
      return 1
    const detail = need<PersonDetail>(cli, await cli.station.call('persons.get', { employeeNo }))
    return detail
      ? show(
          cli,
          detail,
          () =>
            `Saved ${detail.employeeNo} ${detail.name} (${detail.cards.length} card(s)${detail.face ? ', face' : ''}).`,
        )
      : 1
  },
  save: (cli) => personsCommands.add!(cli),
  delete: (cli) => personsCommands.remove!(cli),
  remove: async (cli) => {
    const employeeNo = cli.args[0] ?? required(cli, 'person')
    const r = need<{ removed: boolean }>(
      cli,
      await cli.station.call('persons.remove', { employeeNo }),
    )
    if (!r) return 1
    show(cli, r, () =>
      r.removed
        ? `Removed ${employeeNo} (apply to remove them from the terminals).`
        : `No person ${employeeNo}.`,
    )
    return r.removed ? 0 : 1
  },
  import: async (cli) => {
    const file = cli.args[0]
    if (!file)
      throw new UsageError(
        'persons import <file.xlsx|file.csv> [--photos photos.zip|DIR] [--good-rows-only] [--dry-run]',
      )
    const dryRun = cli.flags['dry-run'] === true
    // a CSV's dry run lists what it would add and change (persons.importPreview); everything
    // else goes through the file import (xlsx, GBK, dates, photos, problems by row and column)
    if (!(dryRun && /\.csv$/i.test(file) && flag(cli, 'photos') === undefined))
      return importPersonFile(cli, file)
    const result = await cli.station.call('persons.importPreview', {
      csv: readFileSync(file, 'utf8'),
    })
    if (!result.ok) return refused(cli, result.error)
    const preview = need<ImportPreview>(cli, result)
    return preview ? show(cli, preview, () => previewText(preview)) : 1
  },
  export: exportPersonFile,
  template: templatePersonFile,
}

/** The dry run: every add, change and removal, one line each. */
const previewText = (p: ImportPreview): string =>
  [
    `${p.rows} rows: ${p.adds.length} to add, ${p.changes.length} to change, ${p.unchanged} unchanged (nothing written).`,
    ...p.adds.map(
      (a) => `  + ${a.employeeNo} ${a.name}${a.cards.length ? ` cards ${a.cards.join(';')}` : ''}`,
    ),
    ...p.changes.map(
      (c) =>
        `  ~ ${c.employeeNo} ${c.name}: ${[
          ...c.fields,
          ...c.cardsAdded.map((n) => `+card ${n}`),
          ...c.cardsRemoved.map((n) => `-card ${n}`),
        ].join(', ')}`,
    ),
  ].join('\n')

const isApplyState = (v: string): v is PersonApplyState =>
  (PERSON_APPLY_STATES as readonly string[]).includes(v)
