import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'

/** The project's resources/ folder: the nearest one above `from` (source tree or build output). */
export function findResourcesDir(from: string): string {
  let dir = from
  for (;;) {
    const candidate = join(dir, 'resources')
    if (existsSync(join(candidate, 'demo', 'persons.json'))) return candidate
    const parent = dirname(dir)
    if (parent === dir) return join(from, 'resources')
    dir = parent
  }
}
