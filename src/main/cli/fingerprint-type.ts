// `fingerprints type <employeeNo> <finger> <type>`: a stored fingerprint's type — normalFP,
// hijackFP (duress), patrolFP, superFP, dismissingFP — in the roster and on every terminal
// holding it (contract/fingerprint-type.ts).
import type { FingerTypeResult } from '@shared/contract/fingerprint-type'
import { errorWords, need, show, UsageError, type Command } from './context'

const USAGE =
  'fingerprints type <employeeNo> <finger 1-10> normalFP|hijackFP|patrolFP|superFP|dismissingFP'

export const fingerTypeCommand: Command = async (cli) => {
  const [employeeNo, finger, fingerType] = cli.args
  if (!employeeNo || !finger || !fingerType || !/^\d+$/.test(finger)) throw new UsageError(USAGE)
  const r = need<FingerTypeResult>(
    cli,
    await cli.station.call('fingerprints.setType', {
      employeeNo,
      fingerId: Number(finger),
      fingerType,
    }),
  )
  if (!r) return 1
  show(cli, r, () =>
    [
      `told now: ${r.modified.join(', ') || '(no terminal holds it)'}`,
      ...r.pending.map(
        (p) =>
          `pending (next apply): ${p.terminal} — ${errorWords(p.error, cli.flags.lang === 'zh' ? 'zh' : 'en')}`,
      ),
    ].join('\n'),
  )
  return r.pending.length ? 1 : 0
}
