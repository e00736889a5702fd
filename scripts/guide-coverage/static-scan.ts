// What the sources offer, read without running anything: the client's request paths (string
// and template literals in src/main/isapi, with same-file constants resolved), the simulator's
// routes, the station's registry of configuration resources, and which contract methods the
// renderer and the CLI call.
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { allRoutes } from '../../src/simulator/routes/index'
import { CONFIG_RESOURCES } from '../../src/main/station/config/registry'
import { METHOD_NAMES } from '../../src/shared/api-names'
import { STORED_EVENT_TYPES } from '../../src/main/station/events/event-types'
import type { Method } from './items'

export interface ClientPath {
  /** Segments; `*` stands for a computed segment. */
  segments: string[]
  methods: Method[]
  fn: string
  file: string
}

const ROOT = join(import.meta.dirname, '../..')
const METHODS: Method[] = ['GET', 'PUT', 'POST', 'DELETE']

function files(dir: string, ext: RegExp): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile() && ext.test(d.name))
    .map((d) => join(d.parentPath, d.name))
}

const LITERAL = /'([^'\n]*)'|`([^`]*)`/g
const CONST = /const (\w+) = (?:'([^'\n]*)'|`([^`]*)`)/g
const FN =
  /^(?:export )?(?:async )?function\s+([\w$]+)|^ {2}(?:async )?([\w$]+)\s*\(|^(?:export )?const ([\w$]+)\s*=/
const KEYWORDS = new Set(['if', 'for', 'while', 'switch', 'return', 'catch', 'await'])
const TOP = /^(?:export |async |function |const |\})/

function resolveTemplate(text: string, consts: Map<string, string>): string {
  return text.replace(/\$\{([^}]*)\}/g, (_, expr: string) => consts.get(expr.trim()) ?? '*')
}

/** The enclosing function's name and the HTTP methods named in its body. */
function around(lines: string[], at: number): { fn: string; methods: Method[] } {
  let start = at
  let fn = '(module)'
  for (; start >= 0; start--) {
    const m = FN.exec(lines[start]!)
    const name = m?.[1] ?? m?.[2] ?? m?.[3]
    if (name && !KEYWORDS.has(name)) {
      fn = name
      break
    }
  }
  let end = at + 1
  while (end < lines.length && !TOP.test(lines[end]!)) end++
  const body = lines.slice(Math.max(start, 0), end + 1).join('\n')
  return { fn, methods: METHODS.filter((m) => body.includes(`'${m}'`)) }
}

export function clientPaths(): ClientPath[] {
  const out: ClientPath[] = []
  for (const file of files(join(ROOT, 'src/main/isapi'), /\.ts$/)) {
    const text = readFileSync(file, 'utf8')
    const consts = new Map<string, string>()
    for (const m of text.matchAll(CONST)) consts.set(m[1]!, m[2] ?? m[3] ?? '')
    for (const [k, v] of consts) consts.set(k, resolveTemplate(v, consts))
    const lines = text.split('\n')
    lines.forEach((line, i) => {
      if (/^\s*(\/\/|\*|\/\*)/.test(line)) return
      for (const m of line.matchAll(LITERAL)) {
        const raw = resolveTemplate(m[1] ?? m[2] ?? '', consts)
        if (!raw.startsWith('/ISAPI/')) continue
        const path = raw.split('?')[0]!
        const { fn, methods } = around(lines, i)
        out.push({ segments: path.split('/'), methods, fn, file: relative(ROOT, file) })
      }
    })
  }
  return out
}

/** Client literal segments against an item's: `*` matches only a variable segment. */
export function clientMatches(c: ClientPath, method: Method, path: string): boolean {
  const want = path.split('/')
  if (want.length !== c.segments.length) return false
  if (c.methods.length > 0 && !c.methods.includes(method)) return false
  return want.every((seg, i) => {
    const have = c.segments[i]!
    if (have === '*' || have.includes('*')) return seg === ':id'
    return seg === ':id' ? true : seg === have
  })
}

export interface SimRoute {
  path: string
  methods: Method[]
  re: RegExp
}

export function simulatorRoutes(): SimRoute[] {
  return allRoutes().map((r) => ({
    path: r.path,
    methods: METHODS.filter((m) => r[m] !== undefined),
    re: new RegExp(
      '^' +
        r.path
          .split('/')
          .map((s) =>
            s.startsWith(':')
              ? '[^/]+'
              : s === '*'
                ? '.+'
                : s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
          )
          .join('/') +
        '$',
    ),
  }))
}

/** An item's path with a sample value in each variable segment, as a request would carry it. */
export const samplePath = (path: string): string => path.replace(/:id/g, '1')

export interface RegistryEntry {
  id: string
  group: string
  method: Method
  path: string
  station: string
}

export function registryRequests(): RegistryEntry[] {
  const norm = (p: string): string => p.split('?')[0]!.replace(/\{id\}/g, ':id')
  return CONFIG_RESOURCES.flatMap((r) => [
    { id: r.id, group: r.group, method: 'GET' as const, path: norm(r.path), station: 'config.get' },
    // a status document (readOnly) is never written
    ...(r.readOnly
      ? []
      : [
          {
            id: r.id,
            group: r.group,
            method: 'PUT' as const,
            path: norm(r.path),
            station: 'config.set',
          },
        ]),
    {
      id: r.id,
      group: r.group,
      method: 'GET' as const,
      path: norm(r.capsPath),
      station: 'config.caps',
    },
  ])
}

/** Contract method → where a user reaches it: renderer feature folders and CLI files calling it. */
export function reachers(): Map<string, string[]> {
  const renderer = files(join(ROOT, 'src/renderer/src'), /\.tsx?$/).map((f) => ({
    where: `UI ${relative(join(ROOT, 'src/renderer/src/features'), f).split('/')[0]}`,
    text: readFileSync(f, 'utf8'),
  }))
  const cli = files(join(ROOT, 'src/main/cli'), /\.ts$/).map((f) => ({
    where: `CLI ${relative(join(ROOT, 'src/main/cli'), f).replace(/\.ts$/, '')}`,
    text: readFileSync(f, 'utf8'),
  }))
  const out = new Map<string, string[]>()
  for (const name of METHOD_NAMES) {
    const [group, fn] = name.split('.')
    const call = new RegExp(`\\.${group}\\.${fn}\\(|'${name.replace('.', '\\.')}'`)
    const where = [...renderer, ...cli].filter((s) => call.test(s.text)).map((s) => s.where)
    out.set(name, [...new Set(where)])
  }
  return out
}

/** The configuration groups the Terminal page shows as a section (sections.ts: configSection('<group>')). */
export function terminalPageGroups(): Set<string> {
  const text = readFileSync(join(ROOT, 'src/renderer/src/features/terminal/sections.ts'), 'utf8')
  return new Set([...text.matchAll(/configSection\('(\w+)'/g)].map((m) => m[1]!))
}

/**
 * Where a pushed event type is named as a string literal (not in a comment): the client
 * functions that handle it (src/main/isapi) and the simulator files that emit it.
 */
export function eventMentions(eventType: string): { client: string[]; simulator: string[] } {
  const literal = new RegExp(`'${eventType}'`)
  const scan = (dir: string, name: (file: string, lines: string[], i: number) => string) => {
    const out = new Set<string>()
    for (const file of files(join(ROOT, dir), /\.ts$/)) {
      const lines = readFileSync(file, 'utf8').split('\n')
      lines.forEach((line, i) => {
        if (/^\s*(\/\/|\*|\/\*)/.test(line) || !literal.test(line)) return
        out.add(name(file, lines, i))
      })
    }
    return [...out].sort()
  }
  return {
    client: scan('src/main/isapi', (_f, lines, i) => around(lines, i).fn),
    simulator: scan('src/simulator', (f) => `event ${relative(join(ROOT, 'src/simulator'), f)}`),
  }
}

/** Event type → the contract method showing it, for the event types the station stores. */
export function storedEventTypes(): Map<string, string> {
  return new Map(Object.entries(STORED_EVENT_TYPES).map(([k, v]) => [k, v.shownBy]))
}
