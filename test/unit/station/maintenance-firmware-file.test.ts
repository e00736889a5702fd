import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { StationContext } from '../../../src/main/station/context'
import { loadFirmware } from '../../../src/main/station/maintenance/firmware-file'

const ctx = (bridge: StationContext['bridge']) => ({ bridge }) as StationContext
const dir = mkdtempSync(join(tmpdir(), 'es-fw-'))
const file = join(dir, 'digicap.dav')
writeFileSync(file, Buffer.from('package'))

describe('where a firmware package comes from', () => {
  it('inline base64 on every bridge', async () => {
    const b64 = Buffer.from('package').toString('base64')
    expect(await loadFirmware(ctx('browser'), { id: 'x', firmwareBase64: b64 })).toEqual({
      data: Buffer.from('package'),
      fileName: 'digicap.dav',
    })
  })

  it('a file path from the CLI or the desktop app, named after the file', async () => {
    expect(await loadFirmware(ctx('cli'), { id: 'x', filePath: file })).toMatchObject({
      fileName: 'digicap.dav',
    })
    expect((await loadFirmware(ctx('electron'), { id: 'x', filePath: file })).data.toString()).toBe(
      'package',
    )
  })

  it('never a path from browser mode, whose socket may be reached from elsewhere', async () => {
    await expect(loadFirmware(ctx('browser'), { id: 'x', filePath: file })).rejects.toMatchObject({
      code: 'NOT_SUPPORTED',
    })
  })

  it('a missing path or a directory is NOT_FOUND; an empty file is refused', async () => {
    await expect(
      loadFirmware(ctx('cli'), { id: 'x', filePath: join(dir, 'nope.dav') }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(loadFirmware(ctx('cli'), { id: 'x', filePath: dir })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    })
    const empty = join(dir, 'empty.dav')
    writeFileSync(empty, '')
    await expect(loadFirmware(ctx('cli'), { id: 'x', filePath: empty })).rejects.toMatchObject({
      code: 'INVALID_ARGS',
    })
  })
})
