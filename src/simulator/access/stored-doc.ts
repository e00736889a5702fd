// A configuration document as the terminal holds it now: what was written (data.docs) or the
// factory value its DocSpec gives. The access decision reads readers, plans and templates here.
import { acsDocs } from '../config/docs-acs.js'
import { scheduleDocs } from '../config/docs-schedules.js'
import type { DocSpec } from '../config/doc-spec.js'
import type { SimDevice } from '../device.js'

type Json = Record<string, unknown>

let byRoot: Map<string, DocSpec> | undefined
const specs = (): Map<string, DocSpec> =>
  (byRoot ??= new Map([...acsDocs, ...scheduleDocs()].map((s) => [s.root, s])))

export function storedDoc(
  dev: SimDevice,
  root: string,
  id: number,
  o: { factory?: boolean } = {},
): Json | undefined {
  const stored = dev.data.docs[`${root}/${id}`] as Json | undefined
  if (stored || o.factory === false) return stored
  const spec = specs().get(root)
  if (!spec) return undefined
  if (spec.ids) {
    const [min, max] = spec.ids(dev.profile)
    if (id < min || id > max) return undefined
  }
  return spec.defaults(dev.profile, id)
}
