import type { Migration } from './types'

// Holdings as typed rows. device_holdings kept each credential list as JSON of `key|hash`
// strings (`cardNo|cardType`, `fingerId|hash`, `eye|hash`, sorted as text); they become JSON
// of objects ({ cardNo, cardType }, { fingerId, hash }, { eye, hash }) in that field order,
// sorted by key (finger numbers as numbers), the text store/holding-entries.ts writes. The
// apply-state pass compares stored text with the roster's, so the text must match exactly:
// a terminal that held a person before the migration still holds them after it.
// The same step renames what called a content hash a "digest" (the word means HTTP Digest
// auth only): device_holdings.person_digest / face_digest become person_hash / face_hash, the
// faces_digest index faces_hash.

type Entry = Record<string, string | number>
interface ListKind {
  column: 'cards' | 'fingerprints' | 'irises'
  entry(key: string, rest: string): Entry
  order(a: Entry, b: Entry): number
}

const text = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

const KINDS: ListKind[] = [
  {
    column: 'cards',
    entry: (cardNo, cardType) => ({ cardNo, cardType }),
    order: (a, b) => text(String(a.cardNo), String(b.cardNo)),
  },
  {
    column: 'fingerprints',
    entry: (fingerId, hash) => ({ fingerId: Number(fingerId), hash }),
    order: (a, b) => Number(a.fingerId) - Number(b.fingerId),
  },
  {
    column: 'irises',
    entry: (eye, hash) => ({ eye, hash }),
    order: (a, b) => text(String(a.eye), String(b.eye)),
  },
]

/** One stored list in the typed form; entries already typed are kept as they are. */
function typedList(kind: ListKind, stored: string): string {
  const entries = (JSON.parse(stored) as (string | Entry)[]).map((e) => {
    if (typeof e !== 'string') return e
    const bar = e.indexOf('|')
    return kind.entry(e.slice(0, bar), e.slice(bar + 1))
  })
  return JSON.stringify(entries.sort(kind.order))
}

export const m0330TypedHoldings: Migration = {
  version: 330,
  name: 'typed-holdings',
  up: (db) => {
    const rows = db
      .prepare<[], { id: number; cards: string; fingerprints: string; irises: string }>(
        'SELECT rowid AS id, cards, fingerprints, irises FROM device_holdings',
      )
      .all()
    const update = db.prepare<{ id: number; cards: string; fingerprints: string; irises: string }>(
      'UPDATE device_holdings SET cards = @cards, fingerprints = @fingerprints, irises = @irises WHERE rowid = @id',
    )
    for (const row of rows) {
      const [cards, fingerprints, irises] = KINDS.map((k) => typedList(k, row[k.column]))
      update.run({ id: row.id, cards: cards!, fingerprints: fingerprints!, irises: irises! })
    }
    db.exec(`
      ALTER TABLE device_holdings RENAME COLUMN person_digest TO person_hash;
      ALTER TABLE device_holdings RENAME COLUMN face_digest TO face_hash;
      DROP INDEX faces_digest;
      CREATE INDEX faces_hash ON faces (employee_no, sha256);
    `)
  },
}
