// picture restore D --yes: the camera's image parameters back to the terminal's defaults
// (the installer's tuning is lost, so --yes is needed; else exit 2, nothing sent).
import { need, show, UsageError, type Command } from './context'
import { resolveDevice } from './devices'

export const pictureCommands: Record<string, Command> = {
  restore: async (cli) => {
    if (cli.flags.yes !== true) throw new UsageError('restoring the image parameters needs --yes')
    const device = await resolveDevice(cli, cli.args[0])
    if (!device) return 1
    const v = need<{ channel: number }>(
      cli,
      await cli.station.call('picture.restoreDefaults', { deviceId: device.id, confirm: true }),
    )
    return v
      ? show(
          cli,
          v,
          () => `Image parameters of ${device.name} (channel ${v.channel}) restored to defaults.`,
        )
      : 1
  },
}
