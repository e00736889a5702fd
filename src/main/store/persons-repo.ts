import type { Database } from 'better-sqlite3'
import type { Gender, Person, UserType, Validity } from '@shared/model'

/** A person as stored: the PIN stays sealed (the station's secret box opens it). */
export interface PersonRecord extends Omit<Person, 'hasPin'> {
  pinSealed: Buffer | null
}

export interface PersonRow {
  employee_no: string
  name: string
  user_type: UserType
  gender: Gender
  valid_enable: 0 | 1
  valid_begin: string | null
  valid_end: string | null
  valid_time_type: Validity['timeType']
  door_rights: string
  plan_template_no: string
  pin: Buffer | null
  group_name: string
  notes: string
  created_at: string
  updated_at: string
}

export const DEFAULT_VALIDITY: Validity = {
  enable: false,
  beginTime: '2000-01-01T00:00:00',
  endTime: '2037-12-31T23:59:59',
  timeType: 'local',
}

export function toPerson(record: PersonRecord): Person {
  const { pinSealed, ...rest } = record
  return { ...rest, hasPin: pinSealed !== null }
}

export const personFromRow = (r: PersonRow): PersonRecord => ({
  employeeNo: r.employee_no,
  name: r.name,
  userType: r.user_type,
  gender: r.gender,
  valid: {
    enable: r.valid_enable === 1,
    beginTime: r.valid_begin ?? DEFAULT_VALIDITY.beginTime,
    endTime: r.valid_end ?? DEFAULT_VALIDITY.endTime,
    timeType: r.valid_time_type,
  },
  doorRights: r.door_rights === '' ? [] : r.door_rights.split(',').map(Number),
  planTemplateNo: r.plan_template_no,
  pinSealed: r.pin,
  groupName: r.group_name,
  notes: r.notes,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
})

export function personsRepo(db: Database) {
  const upsert = db.prepare(`
    INSERT INTO persons (employee_no, name, user_type, gender, valid_enable, valid_begin, valid_end, valid_time_type,
                         door_rights, plan_template_no, pin, group_name, notes, created_at, updated_at)
    VALUES (@employeeNo, @name, @userType, @gender, @validEnable, @validBegin, @validEnd, @validTimeType,
            @doorRights, @planTemplateNo, @pin, @groupName, @notes, @createdAt, @updatedAt)
    ON CONFLICT (employee_no) DO UPDATE SET
      name = excluded.name, user_type = excluded.user_type, gender = excluded.gender,
      valid_enable = excluded.valid_enable, valid_begin = excluded.valid_begin, valid_end = excluded.valid_end,
      valid_time_type = excluded.valid_time_type, door_rights = excluded.door_rights,
      plan_template_no = excluded.plan_template_no, pin = excluded.pin, group_name = excluded.group_name,
      notes = excluded.notes, updated_at = excluded.updated_at,
      apply_state = NULL`)
  const byNo = db.prepare<[string], PersonRow>('SELECT * FROM persons WHERE employee_no = ?')
  const remove = db.prepare<[string]>('DELETE FROM persons WHERE employee_no = ?')
  const nextEnd = db
    .prepare<[string], string | null>(
      'SELECT min(valid_end) FROM persons WHERE valid_enable = 1 AND valid_end >= ?',
    )
    .pluck()
  const groups = db.prepare<[], { group_name: string; n: number }>(
    "SELECT group_name, count(*) AS n FROM persons WHERE group_name <> '' GROUP BY group_name ORDER BY group_name",
  )

  return {
    /** Insert or update; created_at of an existing person is kept, the apply state becomes unknown (NULL) until station/apply/apply-state.ts recomputes it. */
    put(p: PersonRecord): void {
      upsert.run({
        employeeNo: p.employeeNo,
        name: p.name,
        userType: p.userType,
        gender: p.gender,
        validEnable: p.valid.enable ? 1 : 0,
        validBegin: p.valid.beginTime,
        validEnd: p.valid.endTime,
        validTimeType: p.valid.timeType,
        doorRights: p.doorRights.join(','),
        planTemplateNo: p.planTemplateNo,
        pin: p.pinSealed,
        groupName: p.groupName,
        notes: p.notes,
        createdAt: p.createdAt,
        updatedAt: p.updatedAt,
      })
    },
    get(employeeNo: string): PersonRecord | undefined {
      const row = byNo.get(employeeNo)
      return row ? personFromRow(row) : undefined
    },
    remove(employeeNo: string): boolean {
      return remove.run(employeeNo).changes > 0
    },
    /** The earliest end of validity at or after `now` (local time, as stored), if any. */
    nextValidityEnd: (now: string): string | null => nextEnd.get(now) ?? null,
    groups(): { name: string; persons: number }[] {
      return groups.all().map((g) => ({ name: g.group_name, persons: g.n }))
    },
  }
}
