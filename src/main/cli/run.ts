// The command-line front over the same station (and contract) as the UI.
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { simulatorDemo } from '../demo-launcher'
import { defaultDataDir } from '../platform/data-dir'
import { systemClock } from '../platform/clock'
import { consoleLogger } from '../platform/logger'
import { findResourcesDir } from '../platform/resources'
import { folderSecretBox } from '../platform/secret-store'
import { printable } from './terminal-text'
import { createStation } from '../station'
import { withCoverageCaller } from '../isapi'
import type { StationDeps } from '../station/context'
import { STATION_VERSION } from '../version'
import { applyCommands } from './apply'
import { auditCommand } from './audit'
import { configCommands } from './config'
import { enrollCommand } from './capture'
import { need, show, UsageError, type CliContext, type Command } from './context'
import { devicesCommands } from './devices'
import { doorsCommands } from './doors'
import { accountsCommand, logCommand } from './terminal'
import { certCommand } from './certificates'
import { eventsCommands } from './events'
import { personsCommands } from './persons'
import { departmentsCommands } from './departments'
import { previewCommand } from './preview'
import { profilesCommands } from './profiles'
import { reportCommand } from './report'
import { siteCommands } from './site'
import { schedulesCommands } from './schedules'
import { rulesCommands } from './rules'
import { faceLibraryCommands } from './face-libraries'
import { fingerTypeCommand } from './fingerprint-type'
import { idBlockListCommands } from './id-block-list'
import { voiceCommands } from './voice'
import { listeningCommands } from './listening'
import { pictureCommands } from './picture'
import { listeningHostCommands } from './listening-hosts'
import { terminalDocumentCommands } from './terminal-documents'
import { importTaskCommands } from './import-tasks'
import { demoCommand, demoRemoveCommand, syncCommands } from './sync-demo'
import { duplicatesCommand, onboardDeviceCommands } from './onboard'
import { parseSadpTarget } from '../isapi'

export const USAGE = `usage: npm run cli -- [--data-dir DIR] [--json] <command>
  (any command: --lang zh prints the station's errors in Chinese)
  info                                         version, data folder, roster counts
  audit [TEXT] [--action A] [--person E] [--device D] [--from T] [--to T] [--limit N] [--out FILE.csv]
                                               who did what, when, to which person or terminal
  settings get | settings set KEY=VALUE…       language, theme, listenPort, listenAddress,
                                               eventRetentionDays, eventPictureCacheMB
                                               continuousApply=true|false (a running station follows)
  devices list | check D | remove D | reboot D | upgrade D FILE | backup D [--out FILE] | restore D FILE
  devices backup D [--key-stdin] | restore D FILE [--key-stdin]   with the file's key (stdin or STATION_CONFIG_KEY)
  devices factory-reset D --mode basic|part|full --confirm NAME   NAME: the terminal's name, typed back
  devices upgrade-peripheral D FILE --module N [--type cardReader|securityModule…]   a reader / module's firmware
  devices passwd D                             new password from STATION_DEVICE_PASSWORD or stdin (resumes waiting applies)
  devices upgrade D1 D2 … FILE | devices upgrade --all-model M FILE [--concurrency N]   several terminals, one model
  devices time-sync all|D… | devices ntp HOST all|D… [--port P] | devices time-zone TZ all|D…
  devices add --host H [--port P] [--https] [--user U] --password-stdin|--password PW [--name N] [--site S]
                                  (or the password in STATION_DEVICE_PASSWORD)
  devices discover [--timeout S] | devices activate --all-new --password PW   SADP: terminals on the LAN, activate new ones
  devices add-all [--range 192.168.1.10-40 [--port P]] [--user U] --password PW   every found (or ranged) terminal, one login each
  devices log D [--from T] [--to T] [--type Alarm|Exception|Operation|Information] [--out FILE.csv]
  devices accounts list D | add D USER [--level operator|viewer] [--config] | passwd D USER
  devices accounts remove D USER               an operator or viewer (never the administrator)
  devices accounts check D | grant D USER | revoke D USER   login check; remote configuration
                                               password: prompt, --password-stdin, or STATION_ACCOUNT_PASSWORD
  devices accounts permissions D [USER=+perm,-perm …] | levels D USER=operator|viewer …   all accounts, one request
  devices cert csr D hostName=H [countryName=CC organization=O …] [--out F] | get-csr D [--out F] | delete-csr D
  devices cert install D FILE.pem              the signed certificate (checked first; the station's trust follows)
  preview D [--frames N] [--out FILE.jpg]      watch a terminal's camera (RTSP video or snapshots, and why)
  doors status D | doors open|close|always-open|always-closed D DOOR
  persons list [QUERY] [--limit N] [--apply-state applied|pending|failed|none] | show E | remove E | import FILE.csv [--dry-run]
  persons add --no E --name N [--group G]… [--card C]… [--face FILE.jpg]   (an existing E: only what the flags name changes; several --group: every access group)
  persons save …  (= persons add)        persons delete E  (= persons remove)
  persons duplicates                           same card / employee number / fingerprint / face (exit 1 when any)
  persons duplicates --faces [--device T] [--min-similarity 0.9]   first a face terminal compares the faces
      (n of N faces on stderr; Ctrl-C cancels it and the terminal's temporary library is removed)
  persons import FILE.xlsx|FILE.csv [--photos photos.zip|DIR] [--good-rows-only] [--dry-run]
  persons export --out FILE.xlsx|FILE.csv [--photos photos.zip] [--department PATH] [--lang zh]
  persons template --out FILE.xlsx|FILE.csv [--lang zh]   headers and one example row
  departments list | add PATH | move FROM TO | remove PATH   the department tree ("HQ/Front office")
  persons bulk-edit [E…] [--query Q] [--department PATH [--sub-departments]] [--group G] [--apply-state S]
      --set department=PATH|valid=FROM..TO|valid=off|type=T|plan=N|add-group=G|remove-group=G …  --yes
  persons bulk-remove [E…] [--query Q] [--department PATH [--sub-departments]] … --yes   (without --yes: the count, exit 1)
  persons add --no E --name N [--group G] [--card C]… [--face FILE.jpg]   (an existing E: only what the flags name changes)
  enroll face|card|fingerprint|iris --device D --person E [--finger 1..10] [--eye left|right]
  schedules list | schedules apply [--device D]… [--clear] [--family UserRight,Verify,DoorStatus]
                                               access schedules (define with: call schedules.saveWeekPlan …)
  schedules week Verify|DoorStatus NO NAME Mon-Fri=20:00-24:00/cardAndFace …   reader / door schedule week plan
  schedules holiday Verify|DoorStatus NO NAME FROM TO [HH:MM-HH:MM/MODE,…] | schedules group Verify|DoorStatus NO NAME PLANS
  schedules template Verify|DoorStatus NO NAME WEEK_PLAN_NO [GROUPS] | schedules bind D reader|door NO TEMPLATE_NO
  apply [--device D]… [--wait] | apply status [--job J] [--wait] | apply retry [--job J] [--wait]
  apply pending [--limit N]                    what waits to be sent (adds, updates, REMOVALS first)
  apply rules list | add PERSONS TERMINALS [--yes] | remove ID [--yes]
                                               PERSONS all|group:G|department:PATH|person:E, TERMINALS all|site:S|device:ID;
                                               taking persons off terminals needs --yes (else exit 1, the count)
  sync pull --device D | sync diff --device D
  sync resolve SYNC_ID adopt|overwrite|remove [E…]   act on a pull (no E: everyone the action fits)
  events search [--device D] [--person E] [--name PART] [--from T] [--to T] [--limit N]
  events export [filters] [--out FILE.csv] | events tail
  events prune                                 remove events past the retention, pictures past the cache size
  demo start                                   simulated terminals until Ctrl+C
  config list D | config get D RESOURCE [--id N] | config caps D RESOURCE [--id N]
  config set D|all RESOURCE [--id N] KEY=VALUE…  a terminal's own settings (dotted keys); exit 1, nothing sent, when out of range
  rules clear D anti-passback-records [E…] | rules clear D anti-passback-rules|groups|event-card-linkage
  rules templates D                            attendance templates; the rules themselves: config set
  faces libraries D | faces rename D FDID TYPE NAME   a terminal's face libraries with their counts
  listening slots D | free D SLOT --yes | free-all D --yes   listening-host slots; free a stale platform's
  faces create D NAME | faces remove D FDID staticFD --confirm NAME   a static library (removed with its faces)
  fingerprints type E FINGER TYPE             a fingerprint's type (hijackFP = duress) in the roster and on terminals
  idcards caps D | block D IDNUMBER --name NAME | unblock D IDNUMBER   the terminal's ID-card block list
  voice holiday caps D | list D | get D PLAN | set D PLAN [--enable B] [--prefix P] [--from DATE] [--to DATE]
        [--success BEGIN-END=TEXT[@LANG]]… [--failure …]…   holiday voice-prompt plans (daily texts: config TTSText)
  faces records D FDID TYPE | faces edit D FDID TYPE FPID=NAME… [--gender G] [--born DATE]   edit face records' attributes
  listening add D URL | replace D [URL…] --yes   add a platform's host; replace every slot but the station's own
  picture restore D --yes                      the camera's image parameters back to the terminal's defaults
  documents list D | documents show D NAME     what a terminal reports (DeployInfo, moduleStatus, capabilities…)
  documents events D [--person E]              how many events the terminal holds (all, or one person's)
  import-tasks list D | show D persons|pictures TASK | caps D KIND | delete D KIND TASK --yes   async imports other tools started
  demo remove                                  remove the demo site (terminals, sample persons)
  profiles list | show NAME | create NAME Resource[#N] k=v … | from-device NAME D [--sections doors,time] | remove NAME
  profiles assign NAME site:S|model:M|device:D … [--clear] | unassign NAME TARGET… | override NAME D Resource[#N] k=v …
  profiles plan [--profile NAME] [--json] | apply [--profile NAME] --wait | drift [--json] | restore D | adopt D [--into override]
  report --out FILE.html|FILE.pdf [--lang zh] [--site S] [--device D]… | report --json   commissioning report, read now
  site export --out FILE.esite [--with-secrets --passphrase P] | site import FILE [--passphrase P]   profiles, schedules, rules, terminals
  call METHOD [JSON]                           any contract method
D is a terminal's id or name. Exit code 0 = success, 1 = a failure (locked device, failed item…), 2 = usage.`

const GROUPS: Record<string, Record<string, Command>> = {
  devices: {
    ...devicesCommands,
    log: logCommand,
    accounts: accountsCommand,
    cert: certCommand,
    ...onboardDeviceCommands,
  },
  doors: doorsCommands,
  persons: { ...personsCommands, duplicates: duplicatesCommand },
  fingerprints: { type: fingerTypeCommand },
  idcards: idBlockListCommands,
  voice: voiceCommands,
  departments: departmentsCommands,
  apply: { ...applyCommands, '': applyCommands.run! },
  sync: syncCommands,
  events: eventsCommands,
  schedules: schedulesCommands,
  config: configCommands,
  profiles: profilesCommands,
  report: { '': reportCommand },
  site: siteCommands,
  rules: rulesCommands,
  faces: faceLibraryCommands,
  listening: { ...listeningCommands, ...listeningHostCommands },
  picture: pictureCommands,
  documents: terminalDocumentCommands,
  'import-tasks': importTaskCommands,
  demo: { start: demoCommand, remove: demoRemoveCommand },
  enroll: { '': enrollCommand },
  preview: { '': previewCommand },
  audit: { '': auditCommand },
  info: {
    '': async (cli) => {
      const info = need(cli, await cli.station.call('station.info', {}))
      return info ? show(cli, info, () => JSON.stringify(info, null, 2)) : 1
    },
  },
  settings: {
    get: async (cli) => {
      const s = need(cli, await cli.station.call('settings.get', {}))
      return s ? show(cli, s, () => JSON.stringify(s, null, 2)) : 1
    },
    set: async (cli) => {
      const patch = Object.fromEntries(
        cli.args
          .map((pair) => pair.split('=', 2))
          .map(([k, v = '']) => [k, /^\d+$/.test(v) ? Number(v) : v])
          .map(([k, v]) => [k, v === 'true' ? true : v === 'false' ? false : v]),
      )
      const s = need(cli, await cli.station.call('settings.set', patch))
      return s ? show(cli, s, () => JSON.stringify(s, null, 2)) : 1
    },
  },
  call: {
    '': async (cli) => {
      const [method = '', json] = cli.args
      let args: unknown
      try {
        args = json ? JSON.parse(json) : {}
      } catch {
        throw new UsageError('arguments must be JSON')
      }
      const r = need(cli, await cli.station.call(method, args))
      return r === null ? 1 : show(cli, r, () => JSON.stringify(r, null, 2))
    },
  },
}

/** Commands that need the station's background work (event streams, resumed jobs, the demo). */
const BACKGROUND = new Set(['events tail', 'demo start'])

/** Where the CLI writes and what it may override; tests run it in-process with their own. */
export interface CliIo {
  out(text: string): void
  err(text: string): void
  /** Resolves when a long-running command (events tail, demo start) should stop. */
  interrupted?: () => Promise<void>
  /** Station options a test injects (a clock, no health polls …). */
  station?: Partial<Pick<StationDeps, 'clock' | 'healthCheckMs' | 'apply' | 'logger'>>
}

const processIo: CliIo = {
  out: (text) => process.stdout.write(text + '\n'),
  err: (text) => process.stderr.write(text + '\n'),
}

const sadpTarget = (text: string) => {
  const t = parseSadpTarget(text)
  if (!t) throw new UsageError('STATION_SADP_TARGET must be ADDRESS[:PORT]')
  return t
}

export async function runCli(argv: string[], io: CliIo = processIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      'data-dir': { type: 'string' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
      wait: { type: 'boolean' },
      clear: { type: 'boolean' },
      https: { type: 'boolean' },
      'password-stdin': { type: 'boolean' },
      'key-stdin': { type: 'boolean' },
      config: { type: 'boolean' },
      'dry-run': { type: 'boolean' },
      'good-rows-only': { type: 'boolean' },
      yes: { type: 'boolean' },
      'with-secrets': { type: 'boolean' },
      'all-new': { type: 'boolean' },
      'sub-departments': { type: 'boolean' },
      faces: { type: 'boolean' },
      set: { type: 'string', multiple: true },
      device: { type: 'string', multiple: true },
      card: { type: 'string', multiple: true },
      group: { type: 'string', multiple: true },
      success: { type: 'string', multiple: true },
      failure: { type: 'string', multiple: true },
      ...Object.fromEntries(
        [
          'host',
          'port',
          'user',
          'password',
          'name',
          'site',
          'no',
          'face',
          'person',
          'finger',
          'eye',
          'query',
          'limit',
          'apply-state',
          'photos',
          'department',
          'job',
          'from',
          'to',
          'out',
          'level',
          'type',
          'id',
          'family',
          'all-model',
          'concurrency',
          'mode',
          'confirm',
          'module',
          'frames',
          'profile',
          'sections',
          'into',
          'lang',
          'passphrase',
          'action',
          'timeout',
          'range',
          'min-similarity',
          'gender',
          'born',
          'enable',
          'prefix',
        ].map((k) => [k, { type: 'string' as const }]),
      ),
    },
  })
  const [group = '', sub = '', ...rest] = positionals
  const commands = GROUPS[group]
  const command = commands?.[sub] ?? commands?.['']
  if (values.help || !command) {
    io.err(USAGE)
    return values.help ? 0 : 2
  }
  const args = commands?.[sub] ? rest : [sub, ...rest].filter(Boolean)
  const dataDir = resolve(values['data-dir'] ?? (process.env.STATION_DATA_DIR || defaultDataDir()))
  const station = createStation({
    dataDir,
    secrets: folderSecretBox(dataDir),
    clock: systemClock,
    logger: consoleLogger('cli', true),
    bridge: 'cli',
    version: STATION_VERSION,
    demo: simulatorDemo(
      dataDir,
      join(findResourcesDir(dirname(fileURLToPath(import.meta.url))), 'demo'),
    ),
    background: BACKGROUND.has(`${group} ${sub}`) || (group === 'apply' && values.wait === true),
    continuousApply: `${group} ${sub}` === 'demo start',
    ...(process.env.STATION_SADP_TARGET
      ? { sadp: sadpTarget(process.env.STATION_SADP_TARGET) }
      : {}),
    ...io.station,
  })
  const cli: CliContext = {
    station,
    flags: values,
    args,
    json: values.json === true,
    out: (text) => io.out(values.json ? text : printable(text)),
    err: (text) => io.err(printable(text)),
    interrupted: io.interrupted,
  }
  try {
    const cliLabel = commands?.[sub] ? `${group} ${sub}` : group
    return await withCoverageCaller({ cli: cliLabel }, () => command(cli))
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`${error.message}\n${USAGE}`)
      return 2
    }
    throw error
  } finally {
    await station.close()
  }
}
