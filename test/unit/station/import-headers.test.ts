// Import headers as users' spreadsheets write them (issue 18): a period, an underscore, no space,
// another case, full-width forms, a colon, a byte-order mark, a bilingual header — each names the
// same column; a header that names two columns, or none, names no column.
import { describe, expect, it } from 'vitest'
import { columnOf } from '../../../src/main/station/import/columns'

const fieldOf = (header: string) => columnOf(header)?.field

describe('import header matching', () => {
  it.each([
    'Employee No',
    'Employee No.',
    'employee_no',
    'EmployeeNo',
    'EMPLOYEE-NO',
    '  employee   no  ',
    'Employee No:',
    'Ｅｍｐｌｏｙｅｅ\u3000Ｎｏ．',
    '\uFEFFEmployee No',
    '工号',
    '工号：',
    ' 工号 ',
    '工号 (Employee No.)',
    '工号（Employee No.）',
    'Employee No / 工号',
  ])('%j is the employee number', (header) => {
    expect(fieldOf(header)).toBe('employeeNo')
  })

  it.each([
    ['Card No.', 'cards'],
    ['card_no', 'cards'],
    ['卡号：', 'cards'],
    ['Valid From:', 'validBegin'],
    ['valid-to', 'validEnd'],
    ['User Type', 'userType'],
    ['user.type', 'userType'],
    ['姓名 / Name', 'name'],
    ['【部门】', 'groupName'],
    ['Access Groups', 'groups'],
    ['Plan Template #', 'planTemplateNo'],
  ])('%j is %s', (header, field) => {
    expect(fieldOf(header)).toBe(field)
  })

  it.each(['', '.', 'Employee', 'No.', 'Name / Employee No', 'Photo', '照片'])(
    '%j names no column',
    (header) => {
      expect(fieldOf(header)).toBeUndefined()
    },
  )
})
