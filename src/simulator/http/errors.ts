// The device's status vocabulary (protocol/06-errors.md). Every error the simulator sends goes
// through this table so statusCode, statusString, errorCode and HTTP status always agree.

export interface StatusDef {
  statusCode: number
  errorCode: number
}

const table = {
  ok: [1, 0x00000001],
  riskPassword: [1, 0x10000002],
  noMemory: [2, 0x20000001],
  serviceUnavailable: [2, 0x20000002],
  upgrading: [2, 0x20000003],
  deviceBusy: [2, 0x20000004],
  deviceError: [3, 0x30000001],
  badFlash: [3, 0x30000002],
  pictureSizeExceedLimit: [3, 0x3000000c],
  captureTimeout: [3, 0x30006000],
  lowScore: [3, 0x30006001],
  uploadingFailed: [3, 0x30007004],
  notSupport: [4, 0x40000001],
  lowPrivilege: [4, 0x40000002],
  badAuthorization: [4, 0x40000003],
  methodNotAllowed: [4, 0x40000004],
  invalidOperation: [4, 0x40000006],
  notActivated: [4, 0x40000007],
  hasActivated: [4, 0x40000008],
  operateFailed: [4, 0x4000000f],
  userExist: [4, 0x40001043],
  duplicateLibraryName: [4, 0x4000109c],
  noRecord: [4, 0x4000109d],
  faceDetectFailed: [4, 0x400010c5],
  libraryNotExist: [4, 0x400010c6],
  passError: [4, 0x400010e7],
  ISO8601TimeFormatError: [4, 0x400010ed],
  IDTooLong: [4, 0x400010ff],
  pictureCheckFailed: [4, 0x40001100],
  picturePixelsTooLarge: [4, 0x40001105],
  picturePixelsTooSmall: [4, 0x40001106],
  theSearchIdDoesNotExist: [4, 0x40001133],
  loginNumExceedLimit: [4, 0x4000203f],
  badXmlFormat: [5, 0x50000001],
  badJsonFormat: [5, 0x50000002],
  badURLFormat: [5, 0x50000003],
  badParameters: [6, 0x60000001],
  badXmlContent: [6, 0x60000003],
  badJsonContent: [6, 0x60000003],
  MessageParametersLack: [6, 0x60000019],
  beyondARGSRangeLimit: [6, 0x60000027],
  faceLibraryNumError: [6, 0x6000002d],
  SubpicAnalysisModelingError: [6, 0x60000037],
  // names from the real error catalogue; numbers unverified (protocol/06-errors.md)
  pictureFaceDetectZero: [6, 0x6000604c],
  multipleFaceObjectError: [6, 0x6000604d],
  facelibDataProcessing: [6, 0x6000100b],
  eventNotSupport: [6, 0x60001024],
  noSearchIDResource: [6, 0x60001046],
  deployExceedMax: [6, 0x60006018],
  employeeNoAlreadyExist: [6, 0x60006020],
  employeeNoNotExist: [6, 0x60006021],
  cardNoAlreadyExist: [6, 0x60006033],
  cardNoNotExist: [6, 0x60006034],
  deviceUserAlreadyExistFace: [6, 0x60006050],
  cardNumberExceedLimit: [6, 0x60006035],
  upgradePackageLarge: [4, 0x400010eb],
  updatePackageFileNotUploaded: [4, 0x4000111e],
  badVersion: [6, 0x6000000f],
  badDevType: [6, 0x60000010],
  importCfgFilePasswordErr: [4, 0x40008034],
  rebootRequired: [7, 0x70000001],
} as const satisfies Record<string, readonly [number, number]>

// employeeNoNotExist, cardNoNotExist, cardNumberExceedLimit and deviceUserAlreadyExistFace have no
// confirmed numeric code in public sources; the values above are placeholders in the 0x60006xxx block.
export type SubStatus = keyof typeof table

export function statusDef(sub: SubStatus): StatusDef {
  const [statusCode, errorCode] = table[sub]
  return { statusCode, errorCode }
}

const xmlStrings: Record<number, string> = {
  1: 'OK',
  2: 'Device Busy',
  3: 'Device Error',
  4: 'Invalid Operation',
  5: 'Invalid XML Format',
  6: 'Invalid XML Content',
  7: 'Reboot Required',
}
const jsonStrings: Record<number, string> = {
  ...xmlStrings,
  5: 'Invalid Format',
  6: 'Invalid Content',
}

export function statusString(statusCode: number, json: boolean): string {
  return (json ? jsonStrings : xmlStrings)[statusCode] ?? 'Invalid Operation'
}

/** HTTP status a terminal pairs with each statusCode (06 §3). */
export function httpStatusFor(statusCode: number): number {
  switch (statusCode) {
    case 1:
    case 7:
      return 200
    case 2:
      return 503
    case 3:
      return 500
    case 4:
      return 403
    default:
      return 400
  }
}

/** Thrown by handlers; the router turns it into the resource's ResponseStatus. */
export class IsapiFail extends Error {
  constructor(
    readonly sub: SubStatus,
    readonly errorMsg: string = sub,
    readonly httpStatus?: number,
  ) {
    super(`${sub}: ${errorMsg}`)
  }
}

export function fail(sub: SubStatus, errorMsg?: string, httpStatus?: number): never {
  throw new IsapiFail(sub, errorMsg, httpStatus)
}
