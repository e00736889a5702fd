// Where a firmware package comes from. Inline base64 works over every bridge; a path on the
// station's own machine is honoured only where the caller is a local process of the same user
// (desktop app, CLI, tests), never from browser mode's socket, which may be reached over the LAN
// and must not be able to make the station read its files and send them to a host it names.
import { readFile, stat } from 'node:fs/promises'
import { basename } from 'node:path'
import { MAX_FIRMWARE_FILE_BYTES } from '@shared/contract/maintenance'
import type { ParsedArgsOf } from '@shared/api'
import type { StationContext } from '../context'
import { codedFailure } from '@shared/coded-failure'

export interface FirmwarePackage {
  data: Buffer
  fileName: string
}

export async function loadFirmware(
  ctx: StationContext,
  // one terminal's upgrade or a batch's (which names several terminals, so no single id)
  args: Omit<ParsedArgsOf<'devices.upgrade'>, 'id'> & { id?: string },
): Promise<FirmwarePackage> {
  if (args.firmwareBase64 !== undefined) {
    const data = Buffer.from(args.firmwareBase64, 'base64')
    if (data.length === 0) throw codedFailure('INVALID_ARGS', 'firmwareEmpty')
    return { data, fileName: args.fileName ?? 'digicap.dav' }
  }
  const path = args.filePath ?? ''
  if (ctx.bridge === 'browser') throw codedFailure('NOT_SUPPORTED', 'firmwarePathInBrowser')
  const info = await stat(path).catch(() => undefined)
  if (!info?.isFile()) throw codedFailure('NOT_FOUND', 'firmwareMissing', { path }, { path })
  if (info.size === 0) throw codedFailure('INVALID_ARGS', 'firmwarePathEmpty', { path }, { path })
  if (info.size > MAX_FIRMWARE_FILE_BYTES)
    throw codedFailure(
      'INVALID_ARGS',
      'firmwareTooBig',
      {
        path,
        size: Math.round(info.size / 1024 / 1024),
        limit: MAX_FIRMWARE_FILE_BYTES / 1024 / 1024,
      },
      { path, bytes: info.size },
    )
  return { data: await readFile(path), fileName: args.fileName ?? basename(path) }
}
