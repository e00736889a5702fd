import { describe, expect, it } from 'vitest'
import { api } from '../../../src/shared/api'
import type { CallFrame } from '../../../src/shared/socket-protocol'
import {
  MAX_CONFIG_BYTES,
  MAX_INLINE_FIRMWARE_BYTES,
} from '../../../src/shared/contract/maintenance'

const upgrade = api['devices.upgrade'].args
/** Browser mode's WebSocket refuses frames above 32 MiB (src/main/web/server.ts). */
const SOCKET_FRAME_LIMIT = 32 * 1024 * 1024

describe('maintenance contract', () => {
  it('an inline package at the cap still fits one browser-mode socket frame', () => {
    const firmwareBase64 = Buffer.alloc(MAX_INLINE_FIRMWARE_BYTES, 1).toString('base64')
    expect(upgrade.safeParse({ id: 'd1', firmwareBase64 }).success).toBe(true)
    const frame: CallFrame = {
      id: 2 ** 31,
      method: 'devices.upgrade',
      args: { id: 'x'.repeat(64), firmwareBase64, fileName: 'f'.repeat(128) },
    }
    expect(Buffer.byteLength(JSON.stringify(frame))).toBeLessThan(SOCKET_FRAME_LIMIT)
  })

  it('refuses a package over the cap, text that is not base64, and an empty file', () => {
    const over = Buffer.alloc(MAX_INLINE_FIRMWARE_BYTES + 3, 1).toString('base64')
    expect(upgrade.safeParse({ id: 'd1', firmwareBase64: over }).success).toBe(false)
    expect(upgrade.safeParse({ id: 'd1', firmwareBase64: 'abc$' }).success).toBe(false)
    expect(upgrade.safeParse({ id: 'd1', firmwareBase64: 'abc' }).success).toBe(false)
    expect(upgrade.safeParse({ id: 'd1', firmwareBase64: '' }).success).toBe(false)
  })

  it('takes exactly one of firmwareBase64 or filePath, and nothing else', () => {
    expect(upgrade.safeParse({ id: 'd1', filePath: '/tmp/digicap.dav' }).success).toBe(true)
    expect(upgrade.safeParse({ id: 'd1' }).success).toBe(false)
    expect(
      upgrade.safeParse({ id: 'd1', filePath: '/tmp/a.dav', firmwareBase64: 'AAAA' }).success,
    ).toBe(false)
    expect(upgrade.safeParse({ id: 'd1', filePath: '/tmp/a.dav', force: true }).success).toBe(false)
  })

  it('caps a configuration file', () => {
    const restore = api['devices.restoreConfig'].args
    expect(restore.safeParse({ id: 'd1', dataBase64: 'AAAA' }).success).toBe(true)
    const over = Buffer.alloc(MAX_CONFIG_BYTES + 3).toString('base64')
    expect(restore.safeParse({ id: 'd1', dataBase64: over }).success).toBe(false)
  })
})
