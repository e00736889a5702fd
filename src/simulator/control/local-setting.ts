// A setting changed at the terminal itself (its own menu, or another tool): the control API's
// way to change a configuration document behind the station's back, so drift can be tested.
// The values are laid over the document the terminal serves now (stored, else factory values).
import type { SimDevice } from '../device.js'
import { acsDocs, linkageDocs } from '../config/docs-acs.js'
import { mediaDocs } from '../config/docs-media.js'
import { scheduleDocs } from '../config/docs-schedules.js'
import { systemDocs } from '../config/docs-system.js'
import { cardRuleDoc } from '../config/rf-cards.js'

/** Resources whose factory values are merged at read time (only the changes are stored). */
const MERGED_AT_READ = ['DoorParam']

export function localSetting(
  dev: SimDevice,
  root: string,
  id: number,
  values: Record<string, unknown>,
): Record<string, unknown> {
  const key = `${root}/${id}`
  const stored = dev.data.docs[key] as Record<string, unknown> | undefined
  let base = stored
  if (!base && !MERGED_AT_READ.includes(root)) {
    const spec = [
      ...acsDocs,
      ...linkageDocs,
      ...systemDocs,
      ...mediaDocs,
      ...scheduleDocs(),
      cardRuleDoc,
    ].find((s) => s.root === root)
    if (!spec) throw new Error(`no stored configuration document "${root}"`)
    base = spec.defaults(dev.profile, id)
  }
  const next = { ...(base ?? {}), ...values }
  dev.data.docs[key] = next
  dev.changed()
  return next
}
