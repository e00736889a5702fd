// UserInfo as a terminal validates it (JSON_UserInfo). `base` is the stored person for
// Modify (only sent fields change) or undefined for Record/SetUp (defaults fill the rest).
import { fail } from '../http/errors.js'
import type { Obj } from '../http/body.js'
import type { Profile } from '../profiles/types.js'
import { isLocalTime, optArr, optBool, optEnum, optInt, optObj, optStr, reqStr } from './fields.js'
import type { PersonRec, RightPlan } from './model.js'

export function readEmployeeNo(o: Obj, p: Profile, key = 'employeeNo'): string {
  const e = reqStr(o, key, p.employeeNo.min, p.employeeNo.max)
  if (p.employeeNo.characterType === 'number' && !/^\d+$/.test(e)) fail('badParameters', key)
  if ([...e].some((c) => c.charCodeAt(0) < 0x20)) fail('badParameters', key)
  return e
}

function doorList(s: string, doors: number, key: string): string {
  if (s === '') return s
  for (const part of s.split(',')) {
    const n = Number(part)
    if (!Number.isInteger(n) || n < 1 || n > doors) fail('badParameters', key)
  }
  return s
}

function rightPlans(arr: unknown[], p: Profile): RightPlan[] {
  return arr.map((item) => {
    if (typeof item !== 'object' || item === null) fail('badParameters', 'RightPlan')
    const o = item as Obj
    const doorNo = optInt(o, 'doorNo', 1, p.doors)
    if (doorNo === undefined) fail('MessageParametersLack', 'doorNo')
    const tpl = optStr(o, 'planTemplateNo', 32, 1)
    if (tpl === undefined) fail('MessageParametersLack', 'planTemplateNo')
    const nums = tpl.split(',')
    if (nums.length > 4 || nums.some((n) => !/^\d+$/.test(n) || Number(n) < 1 || Number(n) > 255))
      fail('badParameters', 'planTemplateNo')
    return { doorNo, planTemplateNo: tpl }
  })
}

export function readPerson(o: Obj, p: Profile, base: PersonRec | undefined): PersonRec {
  const employeeNo = readEmployeeNo(o, p)
  const defaults: PersonRec = base ?? {
    employeeNo,
    name: '',
    userType: 'normal',
    closeDelayEnabled: false,
    Valid: {
      enable: true,
      beginTime: '2000-01-01T00:00:00',
      endTime: '2037-12-31T23:59:59',
      timeType: 'local',
    },
    belongGroup: '',
    password: '',
    doorRight: '1',
    RightPlan: [{ doorNo: 1, planTemplateNo: '1' }],
    maxOpenDoorTime: 0,
    openDoorTime: 0,
    roomNumber: 0,
    floorNumber: 0,
    localUIRight: false,
    gender: 'unknown',
    userVerifyMode: '',
    PersonInfoExtends: [{ value: '' }],
  }
  if (!base && o.userType === undefined) fail('MessageParametersLack', 'userType')
  const out: PersonRec = { ...defaults, Valid: { ...defaults.Valid }, employeeNo }
  const name = optStr(o, 'name', p.nameMax)
  if (name !== undefined) out.name = name
  const userType = optEnum(o, 'userType', p.userTypes)
  if (userType !== undefined) out.userType = userType
  const valid = optObj(o, 'Valid')
  if (valid) {
    const enable = optBool(valid, 'enable')
    if (enable === undefined && !base) fail('MessageParametersLack', 'enable')
    if (enable !== undefined) out.Valid.enable = enable
    for (const k of ['beginTime', 'endTime'] as const) {
      const t = optStr(valid, k, 32, 1)
      if (t === undefined) {
        if (!base && out.Valid.enable) fail('MessageParametersLack', k)
        continue
      }
      if (!isLocalTime(t) || t < '1970-01-01T00:00:00' || t > '2037-12-31T23:59:59')
        fail('badParameters', k)
      out.Valid[k] = t
    }
    if (out.Valid.beginTime > out.Valid.endTime) fail('badParameters', 'endTime')
    const tt = optEnum(valid, 'timeType', ['local', 'UTC'])
    if (tt !== undefined) out.Valid.timeType = tt
  }
  const doorRight = optStr(o, 'doorRight', 32)
  if (doorRight !== undefined) out.doorRight = doorList(doorRight, p.doors, 'doorRight')
  const rp = optArr(o, 'RightPlan', p.doors)
  if (rp) out.RightPlan = rightPlans(rp, p)
  const belong = optStr(o, 'belongGroup', 32)
  if (belong !== undefined) out.belongGroup = belong
  const pw = optStr(o, 'password', 8)
  if (pw !== undefined) {
    if (pw !== '' && !/^\d+$/.test(pw)) fail('badParameters', 'password')
    out.password = pw
  }
  const ints: [keyof PersonRec & ('maxOpenDoorTime' | 'roomNumber' | 'floorNumber'), number][] = [
    ['maxOpenDoorTime', 255],
    ['roomNumber', 99],
    ['floorNumber', 99],
  ]
  for (const [k, max] of ints) {
    const v = optInt(o, k, 0, max)
    if (v !== undefined) out[k] = v
  }
  for (const k of ['localUIRight', 'closeDelayEnabled'] as const) {
    const v = optBool(o, k)
    if (v !== undefined) out[k] = v
  }
  const gender = optEnum(o, 'gender', ['male', 'female', 'unknown'])
  if (gender !== undefined) out.gender = gender
  const vm = optStr(o, 'userVerifyMode', 32)
  if (vm !== undefined) {
    if (vm !== '' && !p.verifyModes.includes(vm)) fail('badParameters', 'userVerifyMode')
    out.userVerifyMode = vm
  }
  const ext = optArr(o, 'PersonInfoExtends', 3)
  if (ext) {
    out.PersonInfoExtends = ext.map((e) => {
      if (typeof e !== 'object' || e === null) fail('badParameters', 'PersonInfoExtends')
      const name = optStr(e as Obj, 'name', 100)
      return {
        ...(name !== undefined ? { name } : {}),
        value: optStr(e as Obj, 'value', 100) ?? '',
      }
    })
  }
  if (out.userType === 'visitor' && !base && o.maxOpenDoorTime === undefined)
    fail('MessageParametersLack', 'maxOpenDoorTime')
  return out
}
