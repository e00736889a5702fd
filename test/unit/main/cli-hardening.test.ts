import { describe, expect, it } from 'vitest'
import type { CliContext } from '../../../src/main/cli/context'
import { devicePassword } from '../../../src/main/cli/password-input'
import { printable } from '../../../src/main/cli/terminal-text'

describe('CLI output never passes on terminal escape codes', () => {
  it('strips CSI, OSC (window title) and other control characters, keeps newlines and tabs', () => {
    expect(printable('Gate\x1b[2J\x1b[1;1HGate')).toBe('GateGate')
    expect(printable('\x1b]0;owned\x07Door')).toBe('Door')
    expect(printable('a\tb\nc\rd\x00e\x9bf')).toBe('a\tb\ncdef')
    expect(printable('名字 Ünïcode')).toBe('名字 Ünïcode')
  })
})

describe('the CLI takes a terminal password without the command line', () => {
  const cli = (flags: CliContext['flags']): CliContext =>
    ({ flags, args: [], json: false }) as unknown as CliContext
  async function* lines(...chunks: string[]): AsyncIterable<string> {
    yield* chunks
  }

  it('--password-stdin reads the first line of standard input', async () => {
    expect(
      await devicePassword(cli({ 'password-stdin': true }), lines('Hik', '12345!\nrest'), {}),
    ).toBe('Hik12345!')
    await expect(devicePassword(cli({ 'password-stdin': true }), lines(''), {})).rejects.toThrow(
      /held no password/,
    )
  })

  it('else --password, else STATION_DEVICE_PASSWORD', async () => {
    const env = { STATION_DEVICE_PASSWORD: 'from-env' }
    expect(await devicePassword(cli({ password: 'flag' }), lines(), env)).toBe('flag')
    expect(await devicePassword(cli({}), lines(), env)).toBe('from-env')
    expect(await devicePassword(cli({}), lines(), {})).toBeUndefined()
  })
})
