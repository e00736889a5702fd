// `site export --out FILE.esite [--with-secrets --passphrase P]` and `site import FILE
// [--passphrase P]`: a site's profiles, schedules, rules and terminal list as one file (the
// passphrase may also come from STATION_SITE_PASSPHRASE, kept out of the shell history).
import { readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { SiteExport, SiteImportResult } from '@shared/contract/site'
import { flag, need, show, UsageError, type CliContext, type Command } from './context'

const passphraseOf = (cli: CliContext): string | undefined =>
  flag(cli, 'passphrase') ?? (process.env.STATION_SITE_PASSPHRASE || undefined)

export const siteCommands: Record<string, Command> = {
  export: async (cli) => {
    const out = flag(cli, 'out')
    if (!out) throw new UsageError('site export --out FILE.esite [--with-secrets --passphrase P]')
    const withSecrets = cli.flags['with-secrets'] === true
    const passphrase = passphraseOf(cli)
    if (withSecrets && !passphrase)
      throw new UsageError('--with-secrets needs --passphrase (or STATION_SITE_PASSPHRASE)')
    const r = need<SiteExport>(
      cli,
      await cli.station.call('site.export', {
        ...(withSecrets ? { withSecrets, passphrase } : {}),
      }),
    )
    if (!r) return 1
    const file = resolve(out)
    writeFileSync(file, r.content, { mode: withSecrets ? 0o600 : 0o644 })
    const { content: _content, ...rest } = r
    return show(
      cli,
      { file, ...rest },
      () =>
        `${file}: ${r.counts.profiles} profiles, ${r.counts.schedules} schedules, ${r.counts.rules} rules, ${r.counts.terminals} terminals${
          withSecrets ? ' (passwords encrypted with the passphrase)' : ' (no passwords)'
        }`,
    )
  },
  import: async (cli) => {
    const [path] = cli.args
    if (!path) throw new UsageError('site import FILE.esite [--passphrase P]')
    let content: string
    try {
      content = readFileSync(resolve(path), 'utf8')
    } catch (e) {
      cli.err(`error NOT_FOUND: cannot read ${path}: ${(e as Error).message}`)
      return 1
    }
    const passphrase = passphraseOf(cli)
    const r = need<SiteImportResult>(
      cli,
      await cli.station.call('site.import', { content, ...(passphrase ? { passphrase } : {}) }),
    )
    if (!r) return 1
    show(cli, r, () =>
      [
        `profiles: ${r.profiles.join(', ') || 'none'}; schedules: ${r.schedules}; rules: ${r.rules}`,
        ...r.terminals.map(
          (t) =>
            `${t.name} (${t.address}): ${t.state}${t.error ? ` — ${t.error.code}: ${t.error.message}` : ''}`,
        ),
      ].join('\n'),
    )
    return r.terminals.some((t) => t.state === 'failed') ? 1 : 0
  },
}
