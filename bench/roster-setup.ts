// The set-up the roster benches share (apply-state, plan, bulk-edit): numeric flags and holdings
// as an apply leaves them. The records they seed and the context around their store come from
// the tests' helpers (test/helpers/person-record.ts, device-record.ts, store-context.ts), which
// the integration tests of the same services use too.
import { desiredPersons } from '../src/main/station/apply/hashes'
import type { Store } from '../src/main/store'

/** `--name N` on the command line, else the fallback. */
export const numberArg = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(`--${name}`)
  return i > 0 ? Number(process.argv[i + 1]) : fallback
}

/** Every terminal already holds everyone exactly as the roster says (no PINs to open). */
export function holdEveryone(store: Store, deviceIds: readonly string[], at: string): void {
  const all = store.snapshot.employeeNos()
  const want = desiredPersons(store.snapshot.persons(all), store.snapshot.credentials(), () => '')
  for (const id of deviceIds) for (const h of want.values()) store.holdings.put(id, h, at)
}
