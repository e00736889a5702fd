import { bool, compact, int, isObj, list, obj, str, type Obj } from '../codec/read'

export interface Validity {
  enable: boolean
  /** Local time without offset, as UserInfo.Valid carries it. */
  beginTime: string
  endTime: string
  timeType?: string
}

export interface RightPlan {
  doorNo: number
  planTemplateNo: string
}

/** A person (UserInfo) as the terminal holds it. Enum values are kept verbatim. */
export interface Person {
  employeeNo: string
  name?: string
  /** `normal` | `visitor` | `blackList` (verbatim; unknown values kept). */
  userType?: string
  valid?: Validity
  /** Door numbers, comma string on the wire ("1,3"). */
  doorRight?: string
  rightPlans?: RightPlan[]
  gender?: string
  belongGroup?: string
  /** Person PIN; devices return it empty. */
  password?: string
  localUIRight?: boolean
  maxOpenDoorTime?: number
  openDoorTime?: number
  roomNumber?: number
  floorNumber?: number
  userVerifyMode?: string
  closeDelayEnabled?: boolean
  extensions?: { name?: string; value: string }[]
  /** Read-only counters and URLs the device adds. */
  numOfCard?: number
  numOfFP?: number
  numOfFace?: number
  faceURL?: string
  /** Fields this client does not model, kept as the device sent them. */
  extra?: Obj
}

const KNOWN = new Set([
  'employeeNo',
  'name',
  'userType',
  'Valid',
  'doorRight',
  'RightPlan',
  'gender',
  'belongGroup',
  'password',
  'localUIRight',
  'maxOpenDoorTime',
  'openDoorTime',
  'roomNumber',
  'floorNumber',
  'userVerifyMode',
  'closeDelayEnabled',
  'PersonInfoExtends',
  'numOfCard',
  'numOfFP',
  'numOfFace',
  'faceURL',
])

/** A UserInfo object from a device; undefined when it has no employeeNo. */
export function parsePerson(x: unknown): Person | undefined {
  if (!isObj(x)) return undefined
  const employeeNo = str(x.employeeNo) ?? str(x.employeeNoString)
  if (employeeNo === undefined || employeeNo === '') return undefined
  const p: Person = { employeeNo }
  const set = <K extends keyof Person>(k: K, v: Person[K] | undefined): void => {
    if (v !== undefined) p[k] = v
  }
  set('name', str(x.name))
  set('userType', str(x.userType))
  if (isObj(x.Valid)) {
    const v = x.Valid
    const valid: Validity = {
      enable: bool(v.enable) ?? false,
      beginTime: str(v.beginTime) ?? '',
      endTime: str(v.endTime) ?? '',
    }
    const tt = str(v.timeType)
    if (tt !== undefined) valid.timeType = tt
    p.valid = valid
  }
  set('doorRight', str(x.doorRight))
  if (x.RightPlan !== undefined) {
    p.rightPlans = list(x.RightPlan)
      .map(obj)
      .map((r) => ({ doorNo: int(r.doorNo) ?? 1, planTemplateNo: str(r.planTemplateNo) ?? '' }))
  }
  set('gender', str(x.gender))
  set('belongGroup', str(x.belongGroup))
  set('password', str(x.password))
  set('localUIRight', bool(x.localUIRight))
  set('maxOpenDoorTime', int(x.maxOpenDoorTime))
  set('openDoorTime', int(x.openDoorTime))
  set('roomNumber', int(x.roomNumber))
  set('floorNumber', int(x.floorNumber))
  set('userVerifyMode', str(x.userVerifyMode))
  set('closeDelayEnabled', bool(x.closeDelayEnabled))
  if (x.PersonInfoExtends !== undefined) {
    p.extensions = list(x.PersonInfoExtends)
      .map(obj)
      .map((e) => {
        const n = str(e.name)
        return n === undefined
          ? { value: str(e.value) ?? '' }
          : { name: n, value: str(e.value) ?? '' }
      })
  }
  set('numOfCard', int(x.numOfCard))
  set('numOfFP', int(x.numOfFP))
  set('numOfFace', int(x.numOfFace))
  set('faceURL', str(x.faceURL))
  const extra: Obj = {}
  for (const k of Object.keys(x)) if (!KNOWN.has(k)) extra[k] = x[k]
  if (Object.keys(extra).length > 0) p.extra = extra
  return p
}

/** The UserInfo wire object for Record / SetUp / Modify. Read-only fields are not sent. */
export function personToWire(p: Person): Obj {
  return compact({
    employeeNo: p.employeeNo,
    name: p.name,
    userType: p.userType ?? 'normal',
    Valid: p.valid
      ? compact({
          enable: p.valid.enable,
          beginTime: p.valid.beginTime,
          endTime: p.valid.endTime,
          timeType: p.valid.timeType,
        })
      : undefined,
    doorRight: p.doorRight,
    RightPlan: p.rightPlans?.map((r) => ({ doorNo: r.doorNo, planTemplateNo: r.planTemplateNo })),
    gender: p.gender,
    belongGroup: p.belongGroup,
    password: p.password === '' ? undefined : p.password,
    localUIRight: p.localUIRight,
    maxOpenDoorTime: p.maxOpenDoorTime,
    roomNumber: p.roomNumber,
    floorNumber: p.floorNumber,
    userVerifyMode: p.userVerifyMode,
    closeDelayEnabled: p.closeDelayEnabled,
    PersonInfoExtends: p.extensions?.map((e) => compact({ name: e.name, value: e.value })),
  })
}

export interface PersonCount {
  userNumber: number
  bindFaceUserNumber?: number
  bindCardUserNumber?: number
  bindFingerprintUserNumber?: number
}
