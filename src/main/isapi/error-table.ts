// subStatusCode / errorCode → plain-language reason and a category the station and UI act on.
// Codes from protocol/06-errors.md (guide appendix, gateway docs, real devices).

export type ErrorCategory =
  | 'auth'
  | 'locked'
  | 'permission'
  | 'notSupported'
  | 'invalidInput'
  | 'conflict'
  | 'capacity'
  | 'busy'
  | 'offline'
  | 'timeout'
  | 'device'
  | 'cancelled'

export interface ErrorInfo {
  reason: string
  category: ErrorCategory
}

type Row = [
  subStatusCode: string,
  errorCode: number | null,
  category: ErrorCategory,
  reason: string,
]

const ROWS: Row[] = [
  ['noMemory', 0x20000001, 'capacity', 'The terminal is out of memory.'],
  [
    'serviceUnavailable',
    0x20000002,
    'busy',
    'The service is temporarily unavailable on the terminal.',
  ],
  ['upgrading', 0x20000003, 'busy', 'The terminal is upgrading its firmware.'],
  [
    'deviceBusy',
    0x20000004,
    'busy',
    'The terminal is busy with another operation (e.g. a capture).',
  ],
  ['reConnectIpc', 0x20000005, 'busy', 'The terminal is reconnecting.'],
  ['certificateExist', 0x2000000b, 'conflict', 'The certificate already exists.'],
  ['deviceError', 0x30000001, 'device', 'The terminal reported a hardware error.'],
  ['badFlash', 0x30000002, 'device', 'The terminal storage (flash) failed.'],
  ['socketConnectError', 0x30000005, 'device', 'The terminal could not open a connection.'],
  ['receiveError', 0x30000007, 'device', 'The terminal failed to receive data.'],
  ['deletePictureError', 0x3000000a, 'device', 'The terminal could not delete the picture.'],
  [
    'pictureSizeExceedLimit',
    0x3000000c,
    'invalidInput',
    'The picture file is too large for the terminal.',
  ],
  ['clearCacheError', 0x3000000d, 'device', 'The terminal could not clear its cache.'],
  ['updateDatabasError', 0x3000000f, 'device', 'The terminal database update failed.'],
  ['searchDatabaseError', 0x30000010, 'device', 'The terminal database search failed.'],
  ['writeDatabaseError', 0x30000011, 'device', 'The terminal database write failed.'],
  ['deleteDatabaseError', 0x30000012, 'device', 'The terminal database delete failed.'],
  ['searchDatabaseElementError', 0x30000013, 'device', 'The terminal database lookup failed.'],
  ['captureTimeout', 0x30006000, 'timeout', 'Nothing was presented to the terminal in time.'],
  ['lowScore', 0x30006001, 'invalidInput', 'The captured data quality was too low; try again.'],
  ['uploadingFailed', 0x30007004, 'device', 'The terminal failed to upload the data.'],
  ['notSupport', 0x40000001, 'notSupported', 'The terminal does not support this function.'],
  [
    'lowPrivilege',
    0x40000002,
    'permission',
    'The device account lacks permission for this operation.',
  ],
  ['badAuthorization', 0x40000003, 'auth', 'The terminal rejected the user name or password.'],
  [
    'methodNotAllowed',
    0x40000004,
    'notSupported',
    'The terminal does not allow this operation here.',
  ],
  ['notSetHdiskRedund', 0x40000005, 'notSupported', 'Storage redundancy is not configured.'],
  ['invalidOperation', 0x40000006, 'invalidInput', 'The terminal refused the operation.'],
  ['notActivated', 0x40000007, 'permission', 'The terminal is not activated.'],
  ['hasActivated', 0x40000008, 'conflict', 'The terminal is already activated.'],
  ['certificateAlreadyExist', 0x40000009, 'conflict', 'The certificate already exists.'],
  ['operateFailed', 0x4000000f, 'device', 'The operation failed on the terminal.'],
  ['USBNotExist', 0x40000010, 'notSupported', 'No USB device is present.'],
  ['loginPasswordError', 0x4000000c, 'auth', 'The administrator password is wrong.'],
  ['userExist', 0x40001043, 'conflict', 'The device account already exists.'],
  ['facePictureModelInvalid', 0x4000109b, 'invalidInput', 'The face model data is invalid.'],
  ['duplicateLibraryName', 0x4000109c, 'conflict', 'A face library with this name already exists.'],
  ['noRecord', 0x4000109d, 'invalidInput', 'The record does not exist.'],
  ['modelingFailed', 0x400010a0, 'invalidInput', 'The face picture could not be modelled.'],
  ['SessionExpired', 0x400010a7, 'auth', 'The session expired.'],
  ['addFaceRecordFailed', 0x400010c1, 'device', 'The terminal failed to add the face.'],
  ['faceDetectFailed', 0x400010c5, 'invalidInput', 'No face was found in the picture.'],
  ['libraryNotExist', 0x400010c6, 'invalidInput', 'The face library does not exist.'],
  ['passError', 0x400010e7, 'auth', 'The password is wrong.'],
  [
    'cannotSameAsOldPassword',
    0x400010e8,
    'invalidInput',
    'The new password must differ from the old one.',
  ],
  [
    'ISO8601TimeFormatError',
    0x400010ed,
    'invalidInput',
    'A time value is not in the format the terminal expects.',
  ],
  ['IDTooLong', 0x400010ff, 'invalidInput', 'An ID is longer than the terminal allows.'],
  ['pictureCheckFailed', 0x40001100, 'invalidInput', 'The picture failed the terminal check.'],
  ['pictureModelingFailed', 0x40001101, 'invalidInput', 'The face picture could not be modelled.'],
  ['picturePixelsTooLarge', 0x40001105, 'invalidInput', 'The picture resolution is too high.'],
  ['picturePixelsTooSmall', 0x40001106, 'invalidInput', 'The picture resolution is too low.'],
  [
    'upgradePackageLarge',
    0x400010eb,
    'invalidInput',
    'The firmware package is too large for the terminal.',
  ],
  [
    'updatePackageFileNotUploaded',
    0x4000111e,
    'invalidInput',
    'No firmware package reached the terminal.',
  ],
  [
    'importCfgFilePasswordErr',
    0x40008034,
    'invalidInput',
    'The configuration file key (password) is wrong.',
  ],
  [
    'theSearchIdDoesNotExist',
    0x40001133,
    'invalidInput',
    'The search session expired on the terminal.',
  ],
  ['loginNumExceedLimit', 0x4000203f, 'busy', 'Too many sessions are open on the terminal.'],
  ['badXmlFormat', 0x50000001, 'invalidInput', 'The terminal could not parse the request.'],
  ['badJsonFormat', 0x50000002, 'invalidInput', 'The terminal could not parse the request.'],
  ['badURLFormat', 0x50000003, 'invalidInput', 'The terminal rejected the request URL.'],
  ['badParameters', 0x60000001, 'invalidInput', 'A value was rejected by the terminal.'],
  ['badHostAddress', 0x60000002, 'invalidInput', 'The host address is invalid.'],
  ['badXmlContent', 0x60000003, 'invalidInput', 'The terminal rejected the request content.'],
  ['badIPv4Address', 0x60000005, 'invalidInput', 'The IPv4 address is invalid.'],
  ['badPort', 0x6000000b, 'invalidInput', 'The port is invalid.'],
  ['portError', 0x6000000c, 'invalidInput', 'The port is invalid.'],
  [
    'badVersion',
    0x6000000f,
    'invalidInput',
    'The version does not match the terminal (e.g. a downgrade the terminal blocks).',
  ],
  ['badDevType', 0x60000010, 'invalidInput', 'The file is for another device model or type.'],
  [
    'badLanguage',
    0x60000011,
    'invalidInput',
    'The file is for another language version of the terminal.',
  ],
  ['riskPassword', 0x60000015, 'invalidInput', 'The password is too weak.'],
  ['MessageParametersLack', 0x60000019, 'invalidInput', 'A required field is missing.'],
  ['userPwdLenUnder8', 0x60000023, 'invalidInput', 'The password is too short or too simple.'],
  [
    'faceLibraryNumError',
    0x6000002d,
    'capacity',
    'The terminal already holds its maximum number of face libraries.',
  ],
  ['beyondARGSRangeLimit', 0x60000027, 'invalidInput', 'A value is out of range.'],
  [
    'pictureFaceDetectZero',
    0x6000604c,
    'invalidInput',
    'The terminal found no face in the picture.',
  ],
  [
    'multipleFaceObjectError',
    0x6000604d,
    'invalidInput',
    'The terminal found more than one face in the picture.',
  ],
  [
    'SubpicAnalysisModelingError',
    0x60000037,
    'invalidInput',
    'The face picture could not be used: no clear single face, or the size is wrong.',
  ],
  ['administratorPasswordError', 0x60000042, 'auth', 'The administrator password is wrong.'],
  ['diskFull', 0x6000100a, 'capacity', 'The terminal storage is full.'],
  ['facelibDataProcessing', 0x6000100b, 'busy', 'The face library is busy; try again shortly.'],
  ['eventNotSupport', 0x60001024, 'notSupported', 'The event type is not supported.'],
  ['noSearchIDResource', 0x60001046, 'busy', 'Too many searches are open on the terminal.'],
  [
    'deployExceedMax',
    0x60006018,
    'busy',
    'All event connections (arming slots) of the terminal are in use.',
  ],
  [
    'employeeNoAlreadyExist',
    0x60006020,
    'conflict',
    'A person with this employee number already exists.',
  ],
  ['cardNoAlreadyExist', 0x60006033, 'conflict', 'This card number is already assigned.'],
  ['rebootRequired', 0x70000001, 'device', 'The terminal must reboot to apply the change.'],
  // seen without a confirmed numeric code
  ['employeeNoNotExist', null, 'invalidInput', 'The person does not exist on the terminal.'],
  ['deviceUserNotExist', null, 'invalidInput', 'The person does not exist on the terminal.'],
  [
    'deviceUserAlreadyExist',
    null,
    'conflict',
    'A person with this employee number already exists.',
  ],
  [
    'deviceUserAlreadyExistFace',
    null,
    'conflict',
    'The person already has a face on the terminal.',
  ],
  ['cardNoNotExist', null, 'invalidInput', 'The card does not exist on the terminal.'],
  ['faceLibraryIDError', null, 'invalidInput', 'The face library ID is wrong.'],
  ['badJsonContent', null, 'invalidInput', 'The terminal rejected the request content.'],
  ['pictureFaceDetectZero', null, 'invalidInput', 'No face was found in the picture.'],
  ['fingerPrintExist', null, 'conflict', 'This fingerprint is already enrolled.'],
  ['fingerPrintMaxNumExceed', null, 'capacity', 'The fingerprint capacity is reached.'],
  ['cardNumOverLimit', null, 'capacity', 'The person has the maximum number of cards.'],
  ['userNumberExceedLimit', null, 'capacity', 'The person capacity of the terminal is reached.'],
]

const BY_SUB = new Map<string, ErrorInfo>()
const BY_SUB_LOWER = new Map<string, ErrorInfo>()
const BY_CODE = new Map<number, { sub: string; info: ErrorInfo }>()
for (const [sub, code, category, reason] of ROWS) {
  const info = { reason, category }
  BY_SUB.set(sub, info)
  BY_SUB_LOWER.set(sub.toLowerCase(), info)
  if (code !== null) BY_CODE.set(code, { sub, info })
}

const BY_STATUS: Record<number, ErrorInfo> = {
  2: { category: 'busy', reason: 'The terminal is busy.' },
  3: { category: 'device', reason: 'The terminal reported an error.' },
  4: { category: 'invalidInput', reason: 'The terminal refused the operation.' },
  5: { category: 'invalidInput', reason: 'The terminal could not parse the request.' },
  6: { category: 'invalidInput', reason: 'The terminal rejected the request content.' },
  7: { category: 'device', reason: 'The terminal must reboot to apply the change.' },
}

/** The reason and category for a device error; falls back on errorCode, then statusCode. */
export function lookupError(
  subStatusCode?: string,
  errorCode?: number,
  statusCode?: number,
): ErrorInfo | undefined {
  if (subStatusCode) {
    const hit = BY_SUB.get(subStatusCode) ?? BY_SUB_LOWER.get(subStatusCode.toLowerCase())
    if (hit) return hit
  }
  if (errorCode !== undefined) {
    const hit = BY_CODE.get(errorCode >>> 0)
    if (hit) return hit.info
  }
  const top =
    errorCode !== undefined && errorCode > 0xfffffff ? (errorCode >>> 28) & 0xf : undefined
  const s = statusCode ?? top
  return s !== undefined ? BY_STATUS[s] : undefined
}

/** The subStatusCode name for a numeric errorCode, when known. */
export function subStatusForCode(errorCode: number): string | undefined {
  return BY_CODE.get(errorCode >>> 0)?.sub
}

export function categoryForHttp(status: number): ErrorCategory {
  if (status === 401) return 'auth'
  if (status === 403) return 'permission'
  if (status === 404 || status === 405 || status === 501) return 'notSupported'
  if (status === 408 || status === 504) return 'timeout'
  if (status === 409) return 'conflict'
  if (status === 413) return 'invalidInput'
  if (status === 429 || status === 503) return 'busy'
  if (status >= 400 && status < 500) return 'invalidInput'
  return 'device'
}
