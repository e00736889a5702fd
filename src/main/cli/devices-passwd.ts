// `devices passwd D`: tells the station a terminal's new password (changed on the terminal or by
// another tool). The password is read from STATION_DEVICE_PASSWORD or from the first line of
// stdin (a prompt on a terminal), never from the command line, where other users could see it.
// The station checks it with one login before storing it; a run waiting for it (in this process
// or another one on the same roster) resumes within seconds.
import { createInterface } from 'node:readline'
import type { Device } from '@shared/model'
import { flag, need, show, UsageError, type Command } from './context'
import { resolveDevice } from './devices'

export const PASSWORD_ENV = 'STATION_DEVICE_PASSWORD'

async function readPassword(prompt: string): Promise<string> {
  const fromEnv = process.env[PASSWORD_ENV]
  if (fromEnv) return fromEnv
  if (process.stdin.isTTY) process.stderr.write(prompt)
  const lines = createInterface({ input: process.stdin, terminal: false })
  try {
    for await (const line of lines) return line
  } finally {
    lines.close()
  }
  return ''
}

export const passwdCommand: Command = async (cli) => {
  const device = await resolveDevice(cli, cli.args[0] ?? flag(cli, 'device'))
  if (!device) return 1
  const password = await readPassword(`New password for ${device.name}: `)
  if (!password)
    throw new UsageError(
      `devices passwd D reads the password from ${PASSWORD_ENV} or from stdin; neither gave one`,
    )
  const updated = need<Device>(
    cli,
    await cli.station.call('devices.update', { id: device.id, patch: { password } }),
  )
  if (!updated) return 1
  return show(cli, updated, () => `${updated.name}: password stored (${updated.health}).`)
}
