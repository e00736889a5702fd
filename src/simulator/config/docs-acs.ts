// Access-controller settings kept as documents (protocol-config/04, 06, 07).
import { bool, opt, range } from './doc-spec.js'
import type { DocSpec } from './doc-spec.js'
import type { Profile } from '../profiles/types.js'

const A = '/ISAPI/AccessControl'

/** A reader's factory authentication mode (S2: faceOrFpOrCardOrPw on a face terminal). */
const defaultVerifyMode = (p: Profile): string =>
  ['faceOrFpOrCardOrPw', 'cardOrFace', 'card'].find((m) => p.verifyModes.includes(m)) ??
  p.verifyModes[0] ??
  'card'

export const acsDocs: DocSpec[] = [
  {
    path: `${A}/AcsCfg`,
    format: 'json',
    root: 'AcsCfg',
    defaults: () => ({
      showCapPic: false,
      overlayUserInfo: false,
      voicePrompt: true,
      uploadCapPic: true,
      saveCapPic: true,
      showPicture: true,
      showEmployeeNo: true,
      showName: true,
      uploadVerificationPic: true,
      saveVerificationPic: true,
      saveFacePic: true,
      desensitiseEmployeeNo: true,
      desensitiseName: true,
      protocol: 'Private',
    }),
    caps: () => ({
      showCapPic: bool,
      overlayUserInfo: bool,
      voicePrompt: bool,
      uploadCapPic: bool,
      saveCapPic: bool,
      showPicture: bool,
      showEmployeeNo: bool,
      showName: bool,
      uploadVerificationPic: bool,
      saveVerificationPic: bool,
      saveFacePic: bool,
      desensitiseEmployeeNo: bool,
      desensitiseName: bool,
      protocol: opt('Private,OSDP'),
    }),
  },
  {
    path: `${A}/EventOptimizationCfg`,
    format: 'json',
    root: 'EventOptimizationCfg',
    defaults: () => ({ enable: true, isCombinedLinkageEvents: true }),
    caps: () => ({ enable: bool, isCombinedLinkageEvents: bool }),
  },
  {
    path: `${A}/AcsEvent/StorageCfg`,
    format: 'json',
    root: 'EventStorageCfg',
    capsRoot: 'EventStorageCfgCap',
    defaults: () => ({ mode: 'cycle', checkTime: '', period: 10 }),
    caps: () => ({
      mode: opt(['regular', 'time', 'cycle']),
      checkTime: range(0, 32),
      period: range(10, 86400),
    }),
  },
  {
    path: `${A}/LogModeCfg`,
    format: 'json',
    root: 'LogModeCfg',
    defaults: () => ({ type: 1 }),
    caps: () => ({ type: opt('1,2') }),
  },
  {
    path: `${A}/AntiSneakCfg`,
    format: 'json',
    root: 'AntiSneakCfg',
    defaults: () => ({ enable: false, startCardReaderNo: 0 }),
    caps: (p) => ({ enable: bool, startCardReaderNo: range(0, p.cardReaders) }),
  },
  {
    path: `${A}/CardReaderAntiSneakCfg/:id`,
    format: 'json',
    root: 'CardReaderAntiSneakCfg',
    ids: (p) => [1, p.cardReaders],
    defaults: () => ({ enable: false, followUpCardReader: [] as number[] }),
    caps: (p) => ({
      enable: bool,
      followUpCardReader: { maxSize: p.cardReaders, '@min': 1, '@max': p.cardReaders },
    }),
  },
  {
    path: `${A}/MultiCardCfg/:id`,
    format: 'json',
    root: 'MultiCardCfg',
    ids: (p) => [1, p.doors],
    defaults: () => ({
      enable: false,
      swipeIntervalTimeout: 10,
      GroupCfg: [
        {
          id: 1,
          enable: false,
          enableOfflineVerifyMode: false,
          templateNo: 1,
          GroupCombination: [{ enable: false, memberNum: 1, sequenceNo: 1, groupNo: 1 }],
        },
      ],
    }),
    caps: () => ({
      enable: bool,
      swipeIntervalTimeout: range(1, 255),
      GroupCfg: {
        maxSize: 20,
        id: range(1, 20),
        enable: bool,
        enableOfflineVerifyMode: bool,
        templateNo: range(1, 20),
        GroupCombination: {
          maxSize: 8,
          enable: bool,
          memberNum: range(1, 20),
          sequenceNo: range(1, 8),
          groupNo: range(1, 65535),
        },
      },
    }),
  },
  {
    path: `${A}/GroupCfg/:id`,
    format: 'json',
    root: 'GroupCfg',
    ids: () => [1, 32],
    defaults: () => ({
      enable: false,
      ValidPeriodCfg: {
        enable: false,
        beginTime: '2000-01-01T00:00:00',
        endTime: '2037-12-31T23:59:59',
      },
      groupName: '',
    }),
    caps: () => ({
      enable: bool,
      ValidPeriodCfg: { enable: bool, beginTime: range(1, 32), endTime: range(1, 32) },
      groupName: range(0, 32),
    }),
  },
  {
    path: `${A}/Configuration/attendanceMode`,
    format: 'json',
    root: 'AttendanceMode',
    defaults: () => ({ mode: 'disable', reqAttendanceStatus: false }),
    caps: () => ({
      mode: opt(['disable', 'manual', 'auto', 'manualAndAuto']),
      reqAttendanceStatus: opt(['true', 'false']),
    }),
  },
  {
    path: `${A}/maskDetection`,
    format: 'json',
    root: 'MaskDetection',
    capsRoot: 'MaskDetectionCap',
    feature: 'mask',
    defaults: () => ({ enable: false, noMaskStrategy: 'tipsAndOpenDoor' }),
    caps: () => ({
      enable: opt(['true', 'false']),
      noMaskStrategy: opt(['tipsAndOpenDoor', 'noTipsAndOpenDoor', 'tipsAndNotOpenDoor']),
    }),
  },
  {
    path: `${A}/Verification/ttsText`,
    format: 'json',
    root: 'TTSText',
    capsRoot: 'TTSTextCap',
    feature: 'face',
    defaults: () => ({
      enable: false,
      prefix: 'none',
      Success: [] as unknown[],
      Failure: [] as unknown[],
    }),
    caps: () => ({
      enable: ['true', 'false'],
      prefix: ['name', 'none'],
      Success: {
        maxSize: 4,
        TimeSegment: { beginTime: '00:00:00', endTime: '23:59:59', validUnit: 'second' },
        text: range(1, 64),
      },
      Failure: {
        maxSize: 4,
        TimeSegment: { beginTime: '00:00:00', endTime: '23:59:59', validUnit: 'second' },
        text: range(1, 64),
      },
    }),
  },
  {
    path: `${A}/FaceRecognizeMode`,
    format: 'json',
    root: 'FaceRecognizeMode',
    feature: 'face',
    defaults: () => ({ mode: 'normalMode' }),
    caps: (p) => ({
      mode: opt(p.features.has('infraredFace') ? 'normalMode,deepMode' : 'normalMode'),
    }),
    after: 'reboot',
  },
  {
    path: `${A}/Configuration/NFCCfg`,
    format: 'json',
    root: 'NFCCfg',
    capsRoot: 'NFCCfgCap',
    feature: 'card',
    defaults: () => ({ enable: false }),
    caps: () => ({ enable: bool }),
  },
  {
    path: `${A}/Configuration/lockType`,
    format: 'json',
    root: 'LockType',
    capsRoot: 'LockTypeCap',
    defaults: () => ({ status: 'alwaysClose' }),
    caps: () => ({ status: opt('alwaysOpen,alwaysClose') }),
  },
  {
    path: `${A}/CardReaderCfg/:id`,
    format: 'json',
    root: 'CardReaderCfg',
    ids: (p) => [1, p.cardReaders],
    defaults: (p, id) => ({
      enable: id === 1,
      cardReaderName: id === 1 ? 'Entrance' : '',
      cardReaderDescription: id === 1 ? `${p.model}build20240528` : 'Wiegand\\485Offline',
      QRCodeEnabled: false,
      swipeInterval: 0,
      pressTimeout: 10,
      enableFailAlarm: false,
      maxReadCardFailNum: 5,
      enableTamperCheck: true,
      offlineCheckTime: 0,
      defaultVerifyMode: defaultVerifyMode(p),
      ...(p.features.has('fingerprint') ? { fingerPrintCheckLevel: 5 } : {}),
      ...(p.features.has('face')
        ? {
            faceMatchThresholdN: 90,
            faceMatchThreshold1: 60,
            faceQuality: 50,
            livingBodyDetect: true,
          }
        : {}),
    }),
    caps: (p) => ({
      cardReaderNo: range(1, p.cardReaders),
      enable: bool,
      cardReaderName: range(0, 32),
      defaultVerifyMode: opt(p.verifyModes.join(',')),
      QRCodeEnabled: bool,
      swipeInterval: range(0, 255),
      pressTimeout: range(1, 255),
      enableFailAlarm: bool,
      maxReadCardFailNum: range(1, 10),
      enableTamperCheck: bool,
      offlineCheckTime: range(0, 255),
      ...(p.features.has('fingerprint') ? { fingerPrintCheckLevel: opt('3,5,6,12,13') } : {}),
      ...(p.features.has('face')
        ? {
            faceMatchThresholdN: range(0, 100),
            faceMatchThreshold1: range(0, 100),
            faceQuality: range(1, 100),
            livingBodyDetect: bool,
          }
        : {}),
    }),
  },
]

/** Event–card linkage (05-events §5): what the device does on an event, card or person. */
export const linkageDocs: DocSpec[] = [
  {
    path: `${A}/EventCardLinkageCfg/:id`,
    format: 'json',
    root: 'EventCardLinkageCfg',
    ids: () => [1, 512],
    defaults: () => ({
      proMode: 'event',
      EventLinkageInfo: { mainEventType: 0, subEventType: 0 },
      CardNoLinkageInfo: { cardNo: '' },
      EmployeeInfo: { employeeNo: '' },
      eventSourceID: 65535,
      alarmout: [] as number[],
      openDoor: [] as number[],
      closeDoor: [] as number[],
      alwaysOpen: [] as number[],
      alwaysClose: [] as number[],
      mainDevBuzzer: false,
      capturePic: false,
      recordVideo: false,
    }),
    caps: (p) => ({
      proMode: opt('event,card,mac,employee'),
      EventLinkageInfo: { mainEventType: range(0, 3), subEventType: range(0, 255) },
      CardNoLinkageInfo: { cardNo: range(0, 32) },
      EmployeeInfo: { employeeNo: range(0, 32) },
      eventSourceID: range(0, 65535),
      alarmout: { maxSize: p.alarmOut, '@min': 1, '@max': Math.max(1, p.alarmOut) },
      openDoor: { maxSize: p.doors, '@min': 1, '@max': p.doors },
      closeDoor: { maxSize: p.doors, '@min': 1, '@max': p.doors },
      alwaysOpen: { maxSize: p.doors, '@min': 1, '@max': p.doors },
      alwaysClose: { maxSize: p.doors, '@min': 1, '@max': p.doors },
      mainDevBuzzer: bool,
      capturePic: bool,
      recordVideo: bool,
    }),
  },
]
