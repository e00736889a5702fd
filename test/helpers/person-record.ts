// A person as the store keeps it, for tests and benches that put persons straight into a store:
// a normal user on door 1 with plan template 1, no validity limit, no PIN, no department.
import { DEFAULT_VALIDITY, type PersonRecord } from '../../src/main/store/persons-repo'

const AT = '2026-01-01T00:00:00.000Z'

export const personRecord = (
  employeeNo: string,
  over: Partial<Omit<PersonRecord, 'employeeNo'>> = {},
): PersonRecord => ({
  employeeNo,
  name: `Person ${employeeNo}`,
  userType: 'normal',
  gender: 'unknown',
  valid: DEFAULT_VALIDITY,
  doorRights: [1],
  planTemplateNo: '1',
  pinSealed: null,
  groupName: '',
  notes: '',
  createdAt: AT,
  updatedAt: AT,
  ...over,
})
