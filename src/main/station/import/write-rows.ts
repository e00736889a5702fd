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
          // free or this person's: written at once; held by another person (put refuses):
          // checked, a card moving here is left out of its owner's row in the same file
          if (!cards.put({ employeeNo, cardNo, cardType: 'normalCard' }, at)) {
            const owner = cards.owner(cardNo)
            // someone took the card since the file was checked: nothing is written
            if (owner === undefined || !cardMayMove(cardNo, owner)) throw fileChanged()
            cards.remove(owner, cardNo)
            cards.put({ employeeNo, cardNo, cardType: 'normalCard' }, at)
          }
          counts.cards++
        }
      }
      batch.push(employeeNo)
    }
    // rows are read (the file again, in chunks) into a slice, then written in one synchronous
    // batch of the search indexes; the event loop turns between slices. A slice ends when its
    // reading so far plus its writing (at the last slice's cost per row) would pass SLICE_MS,
    // so a slice of heavy rows (ten cards each) is as short in time as one of light rows.
    let slice: CheckedRow[] = []
    let started = performance.now()
    let msPerRow = 0
    const flush = () => {
      const out = slice
      slice = []
      if (out.length === 0) return
      const t0 = performance.now()
      store.sliced.batch(() => {
        for (const row of out) write(row)
      })
      msPerRow = (performance.now() - t0) / out.length
    }
    const turn = () => new Promise<void>((resolve) => setImmediate(resolve))
    for await (const row of rows) {
      slice.push(row)
      const due = performance.now() - started + slice.length * msPerRow
      if (slice.length >= MAX_SLICE_ROWS || due >= SLICE_MS) {
        flush()
        await turn()
        // the apply state of the persons written so far, in a turn of its own
        if (batch.length >= STATE_BATCH) {
          settle()
          await turn()
        }
        started = performance.now()
      }
    }
    flush()
    settle()
    void store.sliced.commit()
  } catch (error) {
    store.sliced.rollback()
    throw error
  } finally {
    writing = false
  }
  if (counts.created + counts.updated > 0) ctx.bus.emit('roster.changed', { employeeNos: [] })
  return counts
}
