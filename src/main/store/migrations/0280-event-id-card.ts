import type { Migration } from './types'

// ID card reads (guide 21.19.3) are stored as access events with the card's number masked
// but for its last 4 characters (station/events/id-card.ts); the whole number is never stored.
export const m0280EventIdCard: Migration = {
  version: 280,
  name: 'event-id-card',
  up: (db) => {
    // the index finds a terminal's ID card reads (few among many events)
    db.exec(`
      ALTER TABLE events ADD COLUMN id_card_no TEXT;
      CREATE INDEX events_id_card ON events (device_id, id_card_no) WHERE id_card_no IS NOT NULL;
    `)
  },
}
