// Writing checked rows without holding the event loop: one transaction (nothing is
// half-imported: a failure rolls back every row), worked through in slices of ~15 ms with
// the event loop given a turn between them, so terminals, events and the UI keep going
// during a 100,000-person import. Other station writes made meanwhile join the transaction
// (better-sqlite3 nests them as savepoints); a second import waits its turn (importBusy).
import { AppFailure } from '@shared/result'
import type { StationContext } from '../context'
import type { RosterService } from '../roster/roster-service'
import type { CheckedRow } from './check-rows'
import { yieldEvery } from './time-slice'

export interface WriteCounts {
  created: number
  updated: number
  cards: number
}

let writing = false

export async function writeRows(
  ctx: StationContext,
  roster: RosterService,
  rows: readonly CheckedRow[],
  onProgress: (done: number) => void = () => {},
): Promise<WriteCounts> {
  const { store } = ctx
  if (writing || store.sliced.active())
    throw new AppFailure(
      'CONFLICT',
      'Another import is being written; try again when it has finished.',
      {
        reason: { code: 'importBusy', params: {} },
      },
    )
  writing = true
  const counts: WriteCounts = { created: 0, updated: 0, cards: 0 }
  const at = ctx.clock.now().toISOString()
  const pause = yieldEvery()
  store.sliced.begin()
  try {
    let done = 0
    for (const row of rows) {
      store.persons.put(roster.toRecord(row.input, row.existing, at))
      if (row.existing) counts.updated++
      else counts.created++
      store.audit.record({
        at,
        actor: 'import',
        action: row.existing ? 'person.update' : 'person.create',
        subject: `person:${row.input.employeeNo}`,
        details: null,
      })
      if (++done % 500 === 0) onProgress(done)
      await pause()
    }
    // cards left out go first, so a card moved from one person to another in the file is free
    for (const row of rows) {
      if (row.cards === null || !row.existing) continue
      for (const card of store.credentials.cards.of(row.input.employeeNo))
        if (!row.cards.includes(card.cardNo))
          store.credentials.cards.remove(row.input.employeeNo, card.cardNo)
      await pause()
    }
    for (const row of rows) {
      for (const cardNo of row.cards ?? []) {
        roster.addCard({ employeeNo: row.input.employeeNo, cardNo, cardType: 'normalCard' }, at)
        counts.cards++
      }
      await pause()
    }
    store.sliced.commit()
    onProgress(rows.length)
  } catch (error) {
    store.sliced.rollback()
    throw error
  } finally {
    writing = false
  }
  if (rows.length > 0) ctx.bus.emit('roster.changed', { employeeNos: [] })
  return counts
}
