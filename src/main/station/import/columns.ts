// The columns a person file may hold, as data: one entry per column with its headers (en, zh,
// and the spellings older files used), how a cell is read and how it is written. Reading,
// the template and export all walk this list, so a new column (e.g. access groups) is one
// entry here and reaches CSV and xlsx alike.
import { GENDERS, USER_TYPES } from '@shared/model'
import type { ImportProblemCode } from '@shared/contract/person-files'
import { cellToLocalTime, type CellValue } from './cell-dates'

/** What one row says about a person (a field left undefined keeps what the roster has). */
export interface RowFields {
  employeeNo?: string
  name?: string
  userType?: (typeof USER_TYPES)[number]
  gender?: (typeof GENDERS)[number]
  groupName?: string
  /** Access groups besides the department (person_groups). */
  groups?: string[]
  validBegin?: string
  validEnd?: string
  doorRights?: number[]
  planTemplateNo?: string
  cards?: string[]
  notes?: string
}

/** A person as exported: the fields a file carries. */
export interface ExportPerson {
  employeeNo: string
  name: string
  userType: string
  gender: string
  groupName: string
  /** Access groups besides the department. */
  groups: string[]
  valid: { enable: boolean; beginTime: string; endTime: string }
  doorRights: number[]
  planTemplateNo: string
  cards: string[]
  notes: string
}

export type CellRead<T> = { value: T } | { problem: ImportProblemCode; expected: string }

export interface PersonColumn<K extends keyof RowFields = keyof RowFields> {
  field: K
  headers: { en: string; zh: string }
  /** Other header spellings accepted (compared without case, width, spaces or punctuation). */
  aliases: readonly string[]
  required?: boolean
  example: CellValue
  read(cell: CellValue): CellRead<NonNullable<RowFields[K]>>
  write(p: ExportPerson): CellValue
}

const text = (cell: CellValue): string =>
  cell instanceof Date ? cell.toISOString() : cell === null ? '' : String(cell).trim()

const textOf =
  (max: number) =>
  (cell: CellValue): CellRead<string> => {
    const s = text(cell)
    return s.length > max ? { problem: 'tooLong', expected: String(max) } : { value: s }
  }

const choice =
  <T extends string>(values: readonly T[], zh: Record<string, NoInfer<T>>) =>
  (cell: CellValue): CellRead<T> => {
    const s = text(cell)
    const hit = values.find((v) => v.toLowerCase() === s.toLowerCase()) ?? zh[s]
    return hit ? { value: hit } : { problem: 'choice', expected: values.join(', ') }
  }

const list = (cell: CellValue): string[] =>
  text(cell)
    .split(/[;|,，；]/)
    .map((c) => c.trim())
    .filter(Boolean)

const date =
  (edge: 'begin' | 'end') =>
  (cell: CellValue): CellRead<string> => {
    const t = cellToLocalTime(cell, edge)
    return t
      ? { value: t }
      : { problem: 'date', expected: 'a date such as 2026-12-01, 2026/12/01 or 2026-12-01 08:00' }
  }

/** Cards one person may hold in a file (terminals hold 5 at most; the check keeps each card's key). */
const MAX_CARDS = 10

const col = <K extends keyof RowFields>(c: PersonColumn<K>): PersonColumn<K> => c

export const PERSON_COLUMNS = [
  col({
    field: 'employeeNo',
    headers: { en: 'Employee No', zh: '工号' },
    aliases: ['employeeno', 'employee_no', 'id', '员工编号', '人员编号'],
    required: true,
    example: '1001',
    read: (cell) => {
      const s = text(cell)
      return /^[0-9A-Za-z_-]{1,32}$/.test(s)
        ? { value: s }
        : { problem: 'employeeNo', expected: '1 to 32 letters, digits, _ or -' }
    },
    write: (p) => p.employeeNo,
  }),
  col({
    field: 'name',
    headers: { en: 'Name', zh: '姓名' },
    aliases: ['name', 'fullname', '名字'],
    required: true,
    example: 'Elena Ruiz',
    read: (cell) => {
      const s = text(cell)
      return s.length === 0 || s.length > 128
        ? { problem: 'tooLong', expected: '128' }
        : { value: s }
    },
    write: (p) => p.name,
  }),
  col({
    field: 'groupName',
    headers: { en: 'Department', zh: '部门' },
    aliases: ['department', 'group', 'groupname', 'dept', '组织', '分组'],
    example: 'HQ/Front office',
    read: textOf(64),
    write: (p) => p.groupName,
  }),
  col({
    field: 'userType',
    headers: { en: 'User Type', zh: '人员类型' },
    aliases: ['usertype', 'type', '用户类型'],
    example: 'normal',
    read: choice(USER_TYPES, { 普通: 'normal', 访客: 'visitor', 黑名单: 'blackList' }),
    write: (p) => p.userType,
  }),
  col({
    field: 'gender',
    headers: { en: 'Gender', zh: '性别' },
    aliases: ['gender', 'sex'],
    example: 'female',
    read: choice(GENDERS, { 男: 'male', 女: 'female', 未知: 'unknown' }),
    write: (p) => p.gender,
  }),
  col({
    field: 'validBegin',
    headers: { en: 'Valid From', zh: '有效期开始' },
    aliases: ['validbegin', 'validfrom', 'begintime', 'start', '开始时间', '生效时间'],
    example: '2026-12-01',
    read: date('begin'),
    write: (p) => (p.valid.enable ? p.valid.beginTime.replace('T', ' ') : ''),
  }),
  col({
    field: 'validEnd',
    headers: { en: 'Valid To', zh: '有效期结束' },
    aliases: ['validend', 'validto', 'endtime', 'end', '结束时间', '失效时间'],
    example: '2027-11-30',
    read: date('end'),
    write: (p) => (p.valid.enable ? p.valid.endTime.replace('T', ' ') : ''),
  }),
  col({
    field: 'doorRights',
    headers: { en: 'Doors', zh: '门' },
    aliases: ['doorrights', 'door', 'doors', '门权限'],
    example: '1;2',
    read: (cell) => {
      const doors = list(cell).map(Number)
      return doors.length > 0 && doors.every((d) => Number.isInteger(d) && d >= 1 && d <= 64)
        ? { value: [...new Set(doors)] }
        : { problem: 'numberList', expected: 'door numbers 1 to 64 separated by ;' }
    },
    write: (p) => p.doorRights.join(';'),
  }),
  col({
    field: 'planTemplateNo',
    headers: { en: 'Plan Template', zh: '计划模板' },
    aliases: ['plantemplateno', 'plantemplate', 'plan', '模板'],
    example: '1',
    read: (cell) => {
      const s = list(cell).join(',')
      return /^\d{1,3}(,\d{1,3})*$/.test(s)
        ? { value: s }
        : { problem: 'planTemplate', expected: 'plan template numbers such as 1 or 1;2' }
    },
    write: (p) => p.planTemplateNo.replaceAll(',', ';'),
  }),
  col({
    field: 'cards',
    headers: { en: 'Cards', zh: '卡号' },
    aliases: ['cards', 'card', 'cardno', 'cardnumber', '卡'],
    example: '12345678',
    read: (cell) => {
      const cards = [...new Set(list(cell))]
      if (cards.length > MAX_CARDS)
        return { problem: 'cardCount', expected: `at most ${MAX_CARDS} card numbers` }
      return cards.every((c) => /^[0-9A-Za-z]{1,32}$/.test(c))
        ? { value: cards }
        : {
            problem: 'cardNo',
            expected: 'card numbers of 1 to 32 letters or digits, separated by ;',
          }
    },
    write: (p) => p.cards.join(';'),
  }),
  col({
    field: 'notes',
    headers: { en: 'Notes', zh: '备注' },
    aliases: ['notes', 'note', 'remark', 'remarks'],
    example: '',
    read: textOf(1000),
    write: (p) => p.notes,
  }),
  // last, so that sheets made from the earlier template keep their column order
  col({
    field: 'groups',
    headers: { en: 'Access Groups', zh: '门禁组' },
    aliases: ['groups', 'accessgroups', 'accessgroup', '权限组'],
    example: 'Lab;Kitchen',
    read: (cell) => {
      const groups = [...new Set(list(cell))]
      return groups.length <= 32 && groups.every((g) => g.length <= 64)
        ? { value: groups }
        : { problem: 'tooLong', expected: '64' }
    },
    write: (p) => p.groups.join(';'),
  }),
] as const satisfies readonly PersonColumn[]

/**
 * A header as compared, the way spreadsheet headers vary: Unicode compatibility form first
 * (full-width letters, spaces and `．：` → half-width), then lower case, and everything
 * but letters and digits dropped (spaces, `_`, `-`, `.`, `:`, `#`, a byte-order mark…):
 * `Employee No.`, `employee_no`, `EmployeeNo` and `EMPLOYEE-NO` are one header.
 */
const squash = (h: string) =>
  h
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '')

const BY_HEADER = new Map<string, PersonColumn>()
for (const c of PERSON_COLUMNS as readonly PersonColumn[])
  for (const h of [c.headers.en, c.headers.zh, ...c.aliases]) BY_HEADER.set(squash(h), c)

/** Bilingual headers name a column twice: `工号 (Employee No.)`, `Name / 姓名`, `卡号【Card No】`. */
const PARTS = /[()[\]{}<>（）【】［］｛｝〈〉《》/／|｜]/

/** The column a header names, or undefined (an unknown column is ignored). */
export const columnOf = (header: string): PersonColumn | undefined => {
  const whole = BY_HEADER.get(squash(header))
  if (whole) return whole
  const named = new Set(
    header
      .normalize('NFKC')
      .split(PARTS)
      .map((part) => BY_HEADER.get(squash(part)))
      .filter((c) => c !== undefined),
  )
  // the parts must agree: `Name / Employee No` names no one column
  return named.size === 1 ? [...named][0] : undefined
}
