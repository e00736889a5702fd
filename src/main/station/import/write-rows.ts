// Writing checked rows without holding the event loop: one transaction (nothing is
// half-imported: a failure rolls back every row), worked through in slices of ~15 ms with
// the event loop given a turn between them, so terminals, events and the UI keep going
// during a 100,000-person import. Each slice's persons get their apply state at once (so no
// whole-roster recompute is owed at the end). Other station writes made meanwhile join the
// transaction (better-sqlite3 nests them as savepoints); a second import waits its turn.
import { AppFailure } from '@shared/result'
import type { StationContext } from '../context'
import type { RosterService } from '../roster/roster-service'
import type { CheckedRow } from './check-rows'
import { performance } from 'node:perf_hooks'
import { SLICE_MS } from './time-slice'

export interface WriteCounts {
  created: number
  updated: number
  cards: number
  cardsRemoved: number
}

/** The apply-state service's part an import needs (apply/apply-state.ts). */
export interface ApplyStateRecompute {
  recompute(employeeNos: readonly string[]): number
}

/** Persons whose apply state is computed together (one batch of the apply-state service). */
const STATE_BATCH = 1000
let writing = false

export async function writeRows(
  ctx: StationContext,
  roster: RosterService,
  applyStates: ApplyStateRecompute,
  rows: readonly CheckedRow[],
  onProgress: (done: number) => void = () => {},
): Promise<WriteCounts> {
  const { store } = ctx
  if (writing || store.sliced.active())
    throw new AppFailure(
      'CONFLICT',
      'Another import is being written; try again when it has finished.',
      { reason: { code: 'importBusy', params: {} } },
    )
  writing = true
  const counts: WriteCounts = { created: 0, updated: 0, cards: 0, cardsRemoved: 0 }
  const at = ctx.clock.now().toISOString()
  const cards = store.credentials.cards
  store.sliced.begin()
  try {
    let batch: string[] = []
    const settle = () => {
      applyStates.recompute(batch)
      onProgress(counts.created + counts.updated)
      batch = []
    }
    const write = (row: CheckedRow) => {
      const employeeNo = row.input.employeeNo
      store.persons.put(roster.toRecord(row.input, row.existing, at))
      if (row.input.groups) roster.putGroups(row.input)
      if (row.existing) counts.updated++
      else counts.created++
      ctx.audit(
        row.existing ? 'person.update' : 'person.create',
        `person:${employeeNo}`,
        null,
        'import',
      )
      if (row.cards !== null) {
        if (row.existing)
          for (const card of cards.of(employeeNo))
            if (!row.cards.includes(card.cardNo) && cards.remove(employeeNo, card.cardNo))
              counts.cardsRemoved++
        for (const cardNo of row.cards) {
          // checked: a card moving here is left out of its owner's row in the same file
          const owner = cards.owner(cardNo)
          if (owner !== undefined && owner !== employeeNo) cards.remove(owner, cardNo)
          roster.addCard({ employeeNo, cardNo, cardType: 'normalCard' }, at)
          counts.cards++
        }
      }
      batch.push(employeeNo)
      if (batch.length === STATE_BATCH) settle()
    }
    // slices of ~15 ms, each one batch of the search indexes; the event loop turns between them
    let next = 0
    while (next < rows.length) {
      const started = performance.now()
      store.sliced.batch(() => {
        while (next < rows.length && performance.now() - started < SLICE_MS) write(rows[next++]!)
      })
      if (next < rows.length) await new Promise<void>((resolve) => setImmediate(resolve))
    }
    settle()
    store.sliced.commit()
  } catch (error) {
    store.sliced.rollback()
    throw error
  } finally {
    writing = false
  }
  if (rows.length > 0) ctx.bus.emit('roster.changed', { employeeNos: [] })
  return counts
}
