// `report --out site.html|site.pdf [--json] [--lang zh] [--site S] [--device D]…`: the
// commissioning report, read from the terminals now. Without --out, --json prints its data.
import { writeFileSync } from 'node:fs'
import { extname, resolve } from 'node:path'
import type { RenderedReport, SiteReport } from '@shared/contract/report'
import { flag, need, show, UsageError, type Command } from './context'
import { resolveDeviceFlags } from './devices'

const verdicts = (r: SiteReport['summary']) =>
  `pass ${r.pass}, fail ${r.fail}, not verified ${r.notVerified}`

export const reportCommand: Command = async (cli) => {
  const out = flag(cli, 'out')
  const lang = flag(cli, 'lang') ?? 'en'
  if (lang !== 'en' && lang !== 'zh') throw new UsageError('--lang takes en or zh')
  const ids = await resolveDeviceFlags(cli)
  if (ids === null) return 1
  const site = flag(cli, 'site')
  const sel = { ...(site ? { site } : {}), ...(ids.length ? { deviceIds: ids } : {}) }
  if (!out) {
    if (!cli.json) throw new UsageError('report --out FILE.html|FILE.pdf (or --json for the data)')
    const report = need<SiteReport>(cli, await cli.station.call('report.build', sel))
    return report ? show(cli, report, () => '') : 1
  }
  const ext = extname(out).toLowerCase()
  if (ext !== '.html' && ext !== '.htm' && ext !== '.pdf')
    throw new UsageError('--out must end in .html or .pdf')
  const format = ext === '.pdf' ? 'pdf' : 'html'
  const r = need<RenderedReport>(
    cli,
    await cli.station.call('report.render', { ...sel, format, lang }),
  )
  if (!r) return 1
  const file = resolve(out)
  writeFileSync(file, Buffer.from(r.content, r.encoding))
  for (const note of r.notes) cli.err(note)
  return show(
    cli,
    { file, summary: r.summary, notes: r.notes },
    () => `${file}: ${verdicts(r.summary)}`,
  )
}
