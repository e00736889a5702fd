// The configuration file's key for `devices backup|restore --key-stdin`: from standard input's
// first line (or STATION_CONFIG_KEY), never from a flag; nothing when --key-stdin is not given.
import { expect, it } from 'vitest'
import type { CliContext } from '../../../src/main/cli/context'
import { configKey } from '../../../src/main/cli/devices-maintenance'

const cli = (flags: Record<string, unknown>) => ({ flags, args: [] }) as unknown as CliContext

async function* lines(...chunks: string[]): AsyncGenerator<string> {
  for (const c of chunks) yield c
}

it('reads the first line of stdin with --key-stdin', async () => {
  expect(await configKey(cli({ 'key-stdin': true }), lines('Site-', 'Key-7\nrest\n'), {})).toEqual({
    secretKey: 'Site-Key-7',
  })
})

it('takes STATION_CONFIG_KEY first; refuses an empty stdin; no key without the flag', async () => {
  expect(
    await configKey(cli({ 'key-stdin': true }), lines('ignored\n'), {
      STATION_CONFIG_KEY: 'From-Env',
    }),
  ).toEqual({ secretKey: 'From-Env' })
  await expect(configKey(cli({ 'key-stdin': true }), lines(''), {})).rejects.toThrow(
    /standard input held no key/,
  )
  expect(await configKey(cli({}), lines('Site-Key-7\n'), { STATION_CONFIG_KEY: 'x' })).toEqual({})
})
