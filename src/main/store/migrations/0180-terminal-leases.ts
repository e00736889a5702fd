import type { Migration } from './types'

// Which station process is sending to a terminal right now (issue 18.4): two processes on one
// data folder (a running station and a CLI) never both send steps to one terminal. A row is a
// lease: its owner (a station instance), that process's pid (a dead pid frees it at once on this
// machine) and an expiry the owner keeps renewing (a hung or vanished owner frees it later).
export const m0180TerminalLeases: Migration = {
  version: 180,
  name: 'terminal-leases',
  up: (db) => {
    db.exec(`
      CREATE TABLE terminal_leases (
        device_id  TEXT PRIMARY KEY,
        owner      TEXT NOT NULL,
        pid        INTEGER NOT NULL,
        expires_ms INTEGER NOT NULL
      ) STRICT;
    `)
  },
}
