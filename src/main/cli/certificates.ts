// devices cert csr D hostName=H [countryName=CC organization=O …] [--out FILE.pem]
// devices cert get-csr D [--out FILE.pem] | delete-csr D | install D FILE.pem
// The terminal's HTTPS certificate: a signing request made on the terminal (its key stays
// there), the signed certificate installed (checked first; the station's trust follows).
import { readFile, writeFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import type { CertificateInstalled, CsrView } from '@shared/contract/certificates'
import { flag, need, show, UsageError, type CliContext, type Command } from './context'
import { resolveDevice } from './devices'

const SUBJECT_KEYS = new Set([
  'hostName',
  'countryName',
  'stateOrProvince',
  'locality',
  'organization',
  'organizationUnit',
  'email',
])

async function deviceOf(cli: CliContext, verb: string) {
  if (!cli.args[0]) throw new UsageError(`name a terminal: devices cert ${verb} D …`)
  return resolveDevice(cli, cli.args[0])
}

async function shown(cli: CliContext, v: CsrView, said: string): Promise<number> {
  const out = flag(cli, 'out')
  if (out) await writeFile(resolve(out), v.pem)
  return show(cli, v, () => (out ? `${said} Saved to ${out}.` : `${said}\n${v.pem}`))
}

const csr: Command = async (cli) => {
  const device = await deviceOf(cli, 'csr')
  if (!device) return 1
  const subject: Record<string, string> = {}
  for (const pair of cli.args.slice(1)) {
    const [k = '', ...v] = pair.split('=')
    if (!SUBJECT_KEYS.has(k))
      throw new UsageError(`unknown subject field "${k}" (${[...SUBJECT_KEYS].join(', ')})`)
    subject[k] = v.join('=')
  }
  if (!subject.hostName) throw new UsageError('hostName=… is required (the terminal’s address)')
  const v = need<CsrView>(
    cli,
    await cli.station.call('certificates.createCsr', { id: device.id, subject }),
  )
  return v ? shown(cli, v, `${device.name} made a signing request.`) : 1
}

const getCsr: Command = async (cli) => {
  const device = await deviceOf(cli, 'get-csr')
  if (!device) return 1
  const v = need<CsrView>(cli, await cli.station.call('certificates.getCsr', { id: device.id }))
  return v ? shown(cli, v, `${device.name}'s signing request.`) : 1
}

const deleteCsr: Command = async (cli) => {
  const device = await deviceOf(cli, 'delete-csr')
  if (!device) return 1
  const v = need(cli, await cli.station.call('certificates.deleteCsr', { id: device.id }))
  return v ? show(cli, v, () => `${device.name} forgot its signing request.`) : 1
}

const install: Command = async (cli) => {
  const device = await deviceOf(cli, 'install')
  if (!device) return 1
  const file = cli.args[1]
  if (!file) throw new UsageError('devices cert install D FILE.pem')
  const pem = await readFile(resolve(file), 'utf8')
  const v = need<CertificateInstalled>(
    cli,
    await cli.station.call('certificates.install', { id: device.id, pem }),
  )
  return v
    ? show(cli, v, () =>
        [
          `${device.name} installed ${v.subject} (issuer ${v.issuer}, valid to ${v.validTo}).`,
          device.protocol !== 'https'
            ? `(reached over HTTP: the station holds no certificate pin for it)`
            : v.pinUpdated
              ? `The station now trusts it: ${v.fingerprint}.`
              : 'The terminal still presents another certificate; the station keeps trusting the old one.',
        ].join('\n'),
      )
    : 1
}

const COMMANDS: Record<string, Command> = {
  csr,
  'get-csr': getCsr,
  'delete-csr': deleteCsr,
  install,
}

export const certCommand: Command = async (cli) => {
  const [action = '', ...rest] = cli.args
  const command = COMMANDS[action]
  if (!command) throw new UsageError('devices cert csr|get-csr|delete-csr|install D …')
  return command({ ...cli, args: rest })
}
