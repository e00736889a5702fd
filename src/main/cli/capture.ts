import type { EnrollProgressEvent } from '@shared/model'
import { reasonText } from '@shared/reason-text'
import { cliLang, flag, need, required, show, UsageError, type Command } from './context'
import { resolveDevice } from './devices'

const KINDS = ['face', 'card', 'fingerprint', 'iris'] as const

/** enroll <kind> --device D --person P [--finger N] [--eye left|right]: waits for the person at the terminal. */
export const enrollCommand: Command = async (cli) => {
  const kind = cli.args[0] as (typeof KINDS)[number]
  if (!KINDS.includes(kind)) throw new UsageError(`enroll ${KINDS.join('|')} --device D --person P`)
  const device = await resolveDevice(cli, flag(cli, 'device'))
  if (!device) return 1
  const employeeNo = required(cli, 'person')
  const finger = flag(cli, 'finger')
  const eye = flag(cli, 'eye')
  let session = ''
  const outcome = new Promise<EnrollProgressEvent>((resolve) => {
    const off = cli.station.subscribe((event, payload) => {
      const p = payload as EnrollProgressEvent
      if (event !== 'enroll.progress' || (session && p.sessionId !== session)) return
      if (!cli.json)
        cli.err(`  ${p.phase}: ${p.reason ? reasonText(p.reason, cliLang(cli)) : p.message}`)
      if (p.phase === 'saved' || p.phase === 'failed' || p.phase === 'cancelled') {
        off()
        resolve(p)
      }
    })
  })
  const started = need<{ sessionId: string }>(
    cli,
    await cli.station.call('enroll.start', {
      deviceId: device.id,
      employeeNo,
      kind,
      ...(finger ? { fingerId: Number(finger) } : {}),
      ...(eye ? { eye } : {}),
    }),
  )
  if (!started) return 1
  session = started.sessionId
  if (!cli.json) cli.err(`Waiting for ${employeeNo} at ${device.name}…`)
  const end = await outcome
  const { jpegBase64: _picture, ...printable } = end
  show(
    cli,
    printable,
    () =>
      `${end.phase === 'saved' ? 'Saved' : 'Not saved'}: ${end.reason ? reasonText(end.reason, cliLang(cli)) : end.message}`,
  )
  return end.phase === 'saved' ? 0 : 1
}
