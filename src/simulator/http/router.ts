import type { Profile } from '../profiles/types.js'
import type { Handler, Method, RouteDef } from './route.js'

interface Compiled {
  def: RouteDef
  re: RegExp
  names: string[]
}

export interface Match {
  def: RouteDef
  params: Record<string, string>
  handler: Handler | undefined
  supported: boolean
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s)
  } catch {
    return s
  }
}

export class Router {
  private readonly exact = new Map<string, RouteDef>()
  private readonly patterns: Compiled[] = []

  constructor(defs: RouteDef[]) {
    for (const def of defs) {
      if (!def.path.includes(':') && !def.path.includes('*')) {
        this.exact.set(def.path, def)
        continue
      }
      const names: string[] = []
      const src = def.path
        .split('/')
        .map((seg) => {
          if (seg.startsWith(':')) {
            names.push(seg.slice(1))
            return '([^/]+)'
          }
          if (seg === '*') {
            names.push('rest')
            return '(.+)'
          }
          return seg.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
        })
        .join('/')
      this.patterns.push({ def, re: new RegExp(`^${src}$`), names })
    }
  }

  match(method: Method, path: string, profile: Profile): Match | null {
    let def = this.exact.get(path)
    let params: Record<string, string> = {}
    if (!def) {
      for (const c of this.patterns) {
        const m = c.re.exec(path)
        if (!m) continue
        def = c.def
        params = Object.fromEntries(c.names.map((n, i) => [n, safeDecode(m[i + 1] ?? '')]))
        break
      }
    }
    if (!def) return null
    const features =
      def.feature === undefined ? [] : Array.isArray(def.feature) ? def.feature : [def.feature]
    const supported = features.length === 0 || features.some((f) => profile.features.has(f))
    return { def, params, handler: def[method], supported }
  }
}
