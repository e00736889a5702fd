// terminal.importTasks, importTask, importCaps, deleteImportTask against simulated terminals: tasks another tool started (the simulator's control
// API: ISAPI has no creation request in any source) are listed with their progress, read one by
// one, deleted on confirmation (and gone on the terminal); a kind the terminal lacks and a task
// it does not hold are refused with a code, nothing deleted. The CLI does the same.
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { ImportTaskDocument, ImportTaskList } from '../../../src/shared/contract/import-tasks'
import { addTerminalArgs, runCli } from '../../helpers/cli'
import { value } from '../../helpers/roster-fixtures'
import { DOORS, FACE, lobbyAndGate } from '../../helpers/lobby-and-gate'

const site = lobbyAndGate()
const { ids } = site

const list = async (device: number) =>
  value<ImportTaskList[]>(
    await site.t.station.call('terminal.importTasks', { deviceId: ids[device]! }),
  )

describe('asynchronous import tasks', () => {
  it('lists the tasks another tool started, with their progress; pictures only where faces are', async () => {
    const persons = await site.fleet.control.addImportTask(site.fleet.devices[FACE]!, {
      kind: 'persons',
      total: 200,
      succeeded: 50,
    })
    const pictures = await site.fleet.control.addImportTask(site.fleet.devices[FACE]!, {
      kind: 'pictures',
      total: 10,
      succeeded: 8,
      failed: 2,
    })
    const face = await list(FACE)
    expect(face.find((l) => l.kind === 'persons')).toMatchObject({
      offered: true,
      tasks: [
        {
          taskId: persons.taskID,
          status: 'processing',
          progress: 25,
          total: 200,
          succeeded: 50,
          failed: 0,
        },
      ],
    })
    expect(face.find((l) => l.kind === 'pictures')?.tasks).toEqual([
      expect.objectContaining({ taskId: pictures.taskID, progress: 100, failed: 2 }),
    ])
    const doors = await list(DOORS)
    expect(doors.find((l) => l.kind === 'pictures')).toEqual({
      kind: 'pictures',
      offered: false,
      tasks: [],
    })
    const one = value<ImportTaskDocument>(
      await site.t.station.call('terminal.importTask', {
        deviceId: ids[FACE]!,
        kind: 'pictures',
        taskId: pictures.taskID,
      }),
    )
    expect(one.path).toBe(
      `/ISAPI/AccessControl/UserPic/asyncImportDatasTasks/${pictures.taskID}/status`,
    )
    expect(one.tasks).toEqual([expect.objectContaining({ taskId: pictures.taskID, succeeded: 8 })])
    const caps = value<ImportTaskDocument>(
      await site.t.station.call('terminal.importCaps', { deviceId: ids[FACE]!, kind: 'persons' }),
    )
    expect(Object.keys(caps.document)).toHaveLength(1)
  })

  it('deletes a task on confirmation: gone on the terminal; an unknown task or kind is refused', async () => {
    const task = await site.fleet.control.addImportTask(site.fleet.devices[FACE]!, {
      kind: 'persons',
      total: 5,
    })
    const unknown = await site.t.station.call('terminal.deleteImportTask', {
      deviceId: ids[FACE]!,
      kind: 'persons',
      taskId: 'nosuchtask',
      confirm: true,
    })
    expect(unknown).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    const status = await site.t.station.call('terminal.importTask', {
      deviceId: ids[FACE]!,
      kind: 'persons',
      taskId: 'nosuchtask',
    })
    expect(status).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    const lacking = await site.t.station.call('terminal.importCaps', {
      deviceId: ids[DOORS]!,
      kind: 'pictures',
    })
    expect(lacking).toMatchObject({ ok: false, error: { code: 'NOT_SUPPORTED' } })
    const unconfirmed = await site.t.station.call('terminal.deleteImportTask', {
      deviceId: ids[FACE]!,
      kind: 'persons',
      taskId: task.taskID,
    })
    expect(unconfirmed.ok).toBe(false)
    expect(
      (await site.fleet.control.importTasks(site.fleet.devices[FACE]!)).map((x) => x.taskID),
    ).toContain(task.taskID)

    const after = value<ImportTaskList[]>(
      await site.t.station.call('terminal.deleteImportTask', {
        deviceId: ids[FACE]!,
        kind: 'persons',
        taskId: task.taskID,
        confirm: true,
      }),
    )
    expect(after.find((l) => l.kind === 'persons')?.tasks.map((x) => x.taskId)).not.toContain(
      task.taskID,
    )
    expect(
      (await site.fleet.control.importTasks(site.fleet.devices[FACE]!)).map((x) => x.taskID),
    ).not.toContain(task.taskID)
  })

  it('the CLI lists, shows and deletes (only with --yes)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'import-tasks-cli-'))
    expect((await runCli(dir, addTerminalArgs(site.fleet.devices[FACE]!, 'Lobby'))).code).toBe(0)
    const task = await site.fleet.control.addImportTask(site.fleet.devices[FACE]!, {
      kind: 'pictures',
      total: 4,
      succeeded: 1,
    })
    const listed = await runCli(dir, ['import-tasks', 'list', 'Lobby'])
    expect(listed.code).toBe(0)
    expect(JSON.stringify(listed.json)).toContain(task.taskID)
    const shown = await runCli(dir, ['import-tasks', 'show', 'Lobby', 'pictures', task.taskID])
    expect(shown.json).toMatchObject({ tasks: [{ taskId: task.taskID, progress: 25 }] })
    const caps = await runCli(dir, ['import-tasks', 'caps', 'Lobby', 'pictures'])
    expect(caps.code).toBe(0)
    const noYes = await runCli(dir, ['import-tasks', 'delete', 'Lobby', 'pictures', task.taskID])
    expect(noYes.code).toBe(2)
    const deleted = await runCli(dir, [
      'import-tasks',
      'delete',
      'Lobby',
      'pictures',
      task.taskID,
      '--yes',
    ])
    expect(deleted.code).toBe(0)
    expect(
      (await site.fleet.control.importTasks(site.fleet.devices[FACE]!)).map((x) => x.taskID),
    ).not.toContain(task.taskID)
  })
})
