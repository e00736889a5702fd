import { bool, current, int, obj, opts, range, type Obj } from '../codec/read'

export interface DeviceCapabilities {
  persons: {
    supported: boolean
    maxRecords?: number
    employeeNoMaxLength?: number
    /** `any` | `number` */
    employeeNoCharacterType?: string
    nameMaxBytes?: number
    pageMax: number
    deleteListMax?: number
    userTypes: string[]
    verifyModes: string[]
    /** supportFunction: post,delete,put,get,setUp */
    functions: string[]
    setUp: boolean
    fuzzySearch: boolean
    fullDelete: boolean
    maxRightPlans?: number
    planTemplateMax?: number
    /** RightPlan maxPlanTemplate: plan templates per door. */
    planTemplatesPerDoor?: number
    /** Valid timeRangeBegin / timeRangeEnd: the validity the terminal can store. */
    validRange?: { min: string; max: string }
    passwordMaxLength?: number
  }
  cards: {
    supported: boolean
    maxRecords?: number
    perPerson?: number
    cardTypes: string[]
    cardNoMaxLength?: number
    setUp: boolean
    capture: boolean
  }
  fingerprints: {
    supported: boolean
    delete: boolean
    capture: boolean
    setUp: boolean
    /** `partReturn` ⇒ apply with FingerPrintDownload + progress polling. */
    callbackModes: string[]
    fingerIdMax?: number
    readerMax?: number
    fingerTypes: string[]
    encryption: boolean
  }
  faces: {
    supported: boolean
    capture: boolean
    captureInfrared: boolean
    recognizeMode: boolean
    maxRecords?: number
    setUp: boolean
    libraryTypes: string[]
    maxLibraries?: number
  }
  iris: { supported: boolean; capture: boolean }
  events: {
    search: boolean
    totalNum: boolean
    deployInfo: boolean
    storageCfg: boolean
    searchPositionMax?: number
    majors: number[]
  }
  door: {
    remoteControl: boolean
    workStatus: boolean
    /** Doors, from RemoteControl/door/capabilities doorNo@max (else the person door ranges). */
    count?: number
    /** Remote commands the terminal offers (RemoteControl/door/capabilities cmd@opt). */
    commands: string[]
    /** Card readers, from the event or fingerprint capability ranges. */
    readers?: number
  }
  asyncImport: { data: boolean; pictures: boolean }
  /** Raw documents, for anything not modelled here. */
  raw: {
    accessControl: Obj
    userInfo?: Obj
    cardInfo?: Obj
    fingerPrint?: Obj
    fdLib?: Obj
    acsEvent?: Obj
    remoteDoor?: Obj
  }
}

function flag(b: Obj, k: string): boolean {
  return bool(b[k]) ?? false
}

/** Parses the pieces; exported for tests against real capability documents. */
export function parseCapabilities(
  acs: Obj,
  docs: {
    userInfo?: Obj
    cardInfo?: Obj
    fingerPrint?: Obj
    fdLib?: Obj
    acsEvent?: Obj
    /** RemoteControlDoor capability document (XML body). */
    remoteDoor?: Obj
  } = {},
): DeviceCapabilities {
  const ui = obj(docs.userInfo?.UserInfo)
  const ci = obj(docs.cardInfo?.CardInfo)
  const fp = obj(docs.fingerPrint?.FingerPrintCfg)
  const fd = obj(docs.fdLib)
  const ev = obj(obj(docs.acsEvent?.AcsEvent).AcsEventCond)
  const evInfo = obj(obj(docs.acsEvent?.AcsEvent).InfoList)
  const empInfo = obj(acs.EmployeeNoInfo)
  const uiFns = opts(ui.supportFunction)
  const ciFns = opts(ci.supportFunction)
  const fdFns = opts(fd.supportFDFunction)
  const searchCond = obj(ui.UserInfoSearchCond)
  const delCond = obj(ui.UserInfoDelCond)
  const c: DeviceCapabilities = {
    persons: {
      supported: flag(acs, 'isSupportUserInfo'),
      pageMax: range(searchCond.maxResults)?.max ?? 30,
      userTypes: opts(ui.userType),
      verifyModes: opts(ui.userVerifyMode),
      functions: uiFns,
      setUp: uiFns.length === 0 ? true : uiFns.includes('setUp'),
      fuzzySearch: searchCond.fuzzySearch !== undefined,
      fullDelete: flag(acs, 'isSupportUserInfoDetailDelete'),
    },
    cards: {
      supported: flag(acs, 'isSupportCardInfo'),
      cardTypes: opts(ci.cardType),
      setUp: ciFns.length === 0 ? true : ciFns.includes('setUp'),
      capture: flag(acs, 'isSupportCaptureCardInfo'),
    },
    fingerprints: {
      supported: flag(acs, 'isSupportFingerPrintCfg'),
      delete: flag(acs, 'isSupportFingerPrintDelete'),
      capture: flag(acs, 'isSupportCaptureFingerPrint'),
      setUp: bool(fp.isSupportSetUp) ?? true,
      callbackModes: opts(fp.callbackMode),
      fingerTypes: opts(fp.fingerType),
      encryption: flag(acs, 'isSupportFingerDataEncryption'),
    },
    faces: {
      supported: flag(acs, 'isSupportFDLib'),
      capture: flag(acs, 'isSupportCaptureFace'),
      captureInfrared: flag(acs, 'isSupportCaptureInfraredFace'),
      recognizeMode: flag(acs, 'isSupportFaceRecognizeMode'),
      setUp: fdFns.length === 0 ? true : fdFns.includes('setUp'),
      libraryTypes: opts(fd.faceLibType),
    },
    iris: {
      supported: flag(acs, 'isSupportIrisInfo'),
      capture: flag(acs, 'isSupportCaptureIrisData'),
    },
    events: {
      search: flag(acs, 'isSupportAcsEvent'),
      totalNum: flag(acs, 'isSupportAcsEventTotalNum'),
      deployInfo: flag(acs, 'isSupportDeployInfo'),
      storageCfg: flag(acs, 'isSupportEventStorageCfg'),
      majors: opts(ev.major)
        .map((m) => Number.parseInt(m, 10))
        .filter((n) => Number.isFinite(n)),
    },
    door: {
      remoteControl: flag(acs, 'isSupportRemoteControlDoor'),
      workStatus: flag(acs, 'isSupportAcsWorkStatus'),
      commands: opts(obj(docs.remoteDoor).cmd),
    },
    asyncImport: {
      data: flag(acs, 'isSupportAsyncImportDatas'),
      pictures: flag(acs, 'isSupportAsyncImportPic'),
    },
    raw: { accessControl: acs, ...docs },
  }
  const set = <T extends object, K extends keyof T>(o: T, k: K, v: T[K] | undefined): void => {
    if (v !== undefined) o[k] = v
  }
  set(c.persons, 'maxRecords', int(ui.maxRecordNum))
  set(c.persons, 'employeeNoMaxLength', range(ui.employeeNo)?.max ?? range(empInfo.employeeNo)?.max)
  // The mode the terminal states (`<characterType opt="any,number">number</characterType>`).
  set(c.persons, 'employeeNoCharacterType', current(empInfo.characterType))
  set(c.persons, 'nameMaxBytes', range(ui.name)?.max)
  set(c.persons, 'deleteListMax', int(obj(delCond.EmployeeNoList).maxSize))
  set(c.persons, 'maxRightPlans', int(obj(ui.RightPlan).maxSize))
  set(c.persons, 'planTemplateMax', range(obj(ui.RightPlan).planTemplateNo)?.max)
  set(c.persons, 'passwordMaxLength', range(ui.password)?.max)
  set(c.persons, 'planTemplatesPerDoor', int(obj(ui.RightPlan).maxPlanTemplate))
  const validCap = obj(ui.Valid)
  if (typeof validCap.timeRangeBegin === 'string' && typeof validCap.timeRangeEnd === 'string')
    c.persons.validRange = { min: validCap.timeRangeBegin, max: validCap.timeRangeEnd }
  set(c.cards, 'maxRecords', int(ci.maxRecordNum))
  set(c.cards, 'perPerson', int(ci.numberPerPerson))
  set(c.cards, 'cardNoMaxLength', range(ci.cardNo)?.max)
  set(c.fingerprints, 'fingerIdMax', range(fp.fingerPrintID)?.max)
  set(c.fingerprints, 'readerMax', range(fp.enableCardReader)?.max)
  set(c.faces, 'maxRecords', int(fd.FDRecordDataMaxNum))
  set(c.faces, 'maxLibraries', int(fd.FDMaxNum))
  set(c.events, 'searchPositionMax', range(ev.searchResultPosition)?.max)
  set(
    c.door,
    'count',
    range(obj(docs.remoteDoor).doorNo)?.max ??
      range(obj(ui.RightPlan).doorNo)?.max ??
      range(ui.doorRight)?.max ??
      range(evInfo.doorNo)?.max,
  )
  set(c.door, 'readers', range(evInfo.cardReaderNo)?.max ?? range(fp.enableCardReader)?.max)
  return c
}
