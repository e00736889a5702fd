// Writing checked rows without holding the event loop: one transaction (nothing is
// half-imported: a failure rolls back every row), worked through in slices of ~15 ms with
// the event loop given a turn between them, so terminals, events and the UI keep going
// during a 100,000-person import. Each slice's persons get their apply state at once (so no
// whole-roster recompute is owed at the end). Other station writes made meanwhile join the
// transaction (better-sqlite3 nests them as savepoints); a second import waits its turn.
import { AppFailure } from '@shared/result'
import type { StationContext } from '../context'
import type { RosterService } from '../roster/roster-service'
import { fileChanged, type CheckedRow } from './check-rows'
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
/** Rows written in one batch at most (a slice is also cut at ~15 ms of reading and checking). */
const MAX_SLICE_ROWS = 250
let writing = false

export async function writeRows(
  ctx: StationContext,
  roster: RosterService,
  applyStates: ApplyStateRecompute,
  rows: AsyncIterable<CheckedRow>,
  onProgress: (done: number) => void = () => {},
  /** May a card another person holds move to this row's person (check-rows.ts)? */
  cardMayMove: (cardNo: string, owner: string) => boolean = () => true,
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
          if (owner !== undefined && owner !== employeeNo) {
            // someone took the card since the file was checked: nothing is written
            if (!cardMayMove(cardNo, owner)) throw fileChanged()
            cards.remove(owner, cardNo)
          }
          roster.addCard({ employeeNo, cardNo, cardType: 'normalCard' }, at)
          counts.cards++
        }
      }
      batch.push(employeeNo)
      if (batch.length === STATE_BATCH) settle()
    }
    // rows are read (the file again, in chunks) into a slice's worth, then written in one
    // synchronous batch of the search indexes; the event loop turns between slices
    let slice: CheckedRow[] = []
    let started = performance.now()
    const flush = () => {
      const out = slice
      slice = []
      store.sliced.batch(() => {
        for (const row of out) write(row)
      })
    }
    for await (const row of rows) {
      slice.push(row)
      if (slice.length >= MAX_SLICE_ROWS || performance.now() - started >= SLICE_MS) {
        flush()
        await new Promise<void>((resolve) => setImmediate(resolve))
        started = performance.now()
      }
    }
    flush()
    settle()
    store.sliced.commit()
  } catch (error) {
    store.sliced.rollback()
    throw error
  } finally {
    writing = false
  }
  if (counts.created + counts.updated > 0) ctx.bus.emit('roster.changed', { employeeNos: [] })
  return counts
}
