import type { Migration } from './types'

// Health screening fields of access events (guide 21.24, 21.32): whether the person wore a mask
// (`yes` | `no`; firmware that always sends `unknown` says nothing), the skin temperature measured with its unit, and whether it was
// outside the terminal's thresholds. Events stored before are filled from their raw JSON.
export const m0200EventHealth: Migration = {
  version: 200,
  name: 'event-health',
  up: (db) => {
    db.exec(`
      ALTER TABLE events ADD COLUMN mask TEXT;
      ALTER TABLE events ADD COLUMN temperature REAL;
      ALTER TABLE events ADD COLUMN temperature_unit TEXT;
      ALTER TABLE events ADD COLUMN temperature_abnormal INTEGER CHECK (temperature_abnormal IN (0, 1));
      -- the day's abnormal temperatures are found without scanning every event
      CREATE INDEX events_abnormal_temperature ON events (time_ms) WHERE temperature_abnormal = 1;
      UPDATE events SET
        mask = NULLIF(json_extract(raw, '$.mask'), 'unknown'),
        temperature = CASE WHEN typeof(json_extract(raw, '$.currTemperature')) IN ('integer', 'real')
          THEN json_extract(raw, '$.currTemperature') END,
        temperature_unit = json_extract(raw, '$.thermometryUnit'),
        temperature_abnormal = CASE json_extract(raw, '$.isAbnomalTemperature')
          WHEN 1 THEN 1 WHEN 0 THEN 0 END
      WHERE json_valid(raw)
        AND (json_extract(raw, '$.mask') IN ('yes', 'no')
          OR json_type(raw, '$.currTemperature') IN ('integer', 'real'));
    `)
  },
}
