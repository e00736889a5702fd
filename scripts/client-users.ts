// Lists the ISAPI client's methods and who calls them: `npx tsx scripts/client-users.ts`
// prints JSON { methods, unusedByMain: [{ method, note }] } — a method is "used" when code under
// src/main outside src/main/isapi names it (`group.method`). A method no station code calls is
// either marked in the client (`/** Test-only: … */` on its line in client*.ts) or listed here
// as unmarked; `--check` exits 1 on an unmarked one; `--readme` prints the README's method
// table instead. connect() does no I/O.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { connect } from '../src/main/isapi'

const filesUnder = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => {
    const path = join(dir, f)
    return statSync(path).isDirectory() ? filesUnder(path) : /\.tsx?$/.test(f) ? [path] : []
  })

const client = connect({ host: '127.0.0.1', port: 9, username: 'u', password: 'p' })
const methods = Object.entries(client).flatMap(([group, v]) =>
  typeof v === 'object' && v !== null && !('session' in v)
    ? Object.keys(v as object).map((m) => `${group}.${m}`)
    : [],
)
const station = filesUnder('src/main')
  .filter((f) => !f.startsWith(join('src', 'main', 'isapi')))
  .map((f) => readFileSync(f, 'utf8'))
  .join('\n')
const clientText = filesUnder('src/main/isapi')
  .filter((f) => /isapi\/client[^/]*\.ts$/.test(f))
  .map((f) => readFileSync(f, 'utf8'))
  .join('\n')

/** The reason marked on the method's line in the client, if any. */
function mark(method: string): string | null {
  const [group, name] = method.split('.') as [string, string]
  const at = clientText.search(new RegExp(`\\b${group}: \\{`))
  if (at < 0) return null
  const block = clientText.slice(at, clientText.indexOf('\n    },', at))
  const line = new RegExp(`/\\*\\* Test-only: ([^*]*)\\*/\\s*\\n\\s*${name}\\b`).exec(block)
  return line ? line[1]!.trim() : null
}

const unused = methods
  .filter((m) => !new RegExp(`\\b${m.replace('.', '\\??\\.')}\\b`).test(station))
  .map((m) => ({ method: m, testOnly: mark(m) }))
const unmarked = unused.filter((u) => u.testOnly === null)
if (!process.argv.includes('--readme'))
  console.log(
    JSON.stringify(
      { methods: methods.length, unusedByMain: unused.length, unmarked: unmarked.length, unused },
      null,
      1,
    ),
  )
if (process.argv.includes('--check') && unmarked.length > 0) process.exit(1)

/** `--readme`: the client README's method table, written from the client itself. */
if (process.argv.includes('--readme')) {
  const marked = new Set(unused.filter((u) => u.testOnly !== null).map((u) => u.method))
  const groups = new Map<string, string[]>()
  for (const m of methods) {
    const [group, name] = m.split('.') as [string, string]
    groups.set(group, [...(groups.get(group) ?? []), `\`${name}()\`${marked.has(m) ? ' †' : ''}`])
  }
  console.log('| Group | Methods |\n| --- | --- |')
  for (const [group, names] of groups) console.log(`| \`${group}\` | ${names.join(', ')} |`)
}
