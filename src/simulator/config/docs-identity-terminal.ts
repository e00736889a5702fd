// The intelligent identity-recognition terminal's settings (guide 21.30.8–21.30.10;
// protocol-config/06 §9): its mode, the ID-card reader and camera models it drives, thresholds
// and outputs. XML only (a `?format=json` GET answers an empty body on real firmware, S2).
import { opt, range } from './doc-spec.js'
import type { DocSpec } from './doc-spec.js'

const ONOFF = opt('enable,disable')

export const identityTerminalDocs: DocSpec[] = [
  {
    path: '/ISAPI/AccessControl/IdentityTerminal',
    format: 'xml',
    root: 'IdentityTerminal',
    feature: 'face',
    defaults: () => ({
      terminalMode: 'authMode',
      idCardReader: 'DS-K1F110-I',
      camera: 'C270',
      fingerPrintModule: 'HikModule',
      videoStorageTime: 5,
      faceContrastThreshold: 70,
      twoDimensionCode: 'disable',
      blackListCheck: 'disable',
      idCardCheckCenter: 'local',
      faceAlgorithm: 'HIK-Z',
      comNo: 1,
      memoryLearning: 'disable',
      saveCertifiedImage: 'enable',
      readInfoOfCard: 'serialNo',
      workMode: 'accessControlMode',
      ecoMode: {
        eco: 'disable',
        faceMatchThreshold1: 60,
        faceMatchThresholdN: 80,
        changeThreshold: 4,
      },
      readCardRule: 'wiegand34',
    }),
    caps: () => ({
      terminalMode: opt('authMode,registerMode'),
      idCardReader: opt(
        'iDR210,DS-K1F110-I,DS-K1F1110-B,DS-K1F1110-AB,DS-K1F1001-I(USB),DS-K1F1002-I(USB),none',
      ),
      camera: opt('C270,DS-2CS5432B-S'),
      fingerPrintModule: opt('ALIWARD,HikModule'),
      videoStorageTime: range(0, 10),
      faceContrastThreshold: range(0, 100),
      twoDimensionCode: ONOFF,
      blackListCheck: ONOFF,
      idCardCheckCenter: opt('local,server'),
      faceAlgorithm: opt('HIK-Z,HIK-H'),
      comNo: range(1, 9),
      memoryLearning: ONOFF,
      saveCertifiedImage: ONOFF,
      readInfoOfCard: opt('serialNo,file'),
      workMode: opt('passMode,accessControlMode'),
      ecoMode: {
        eco: ONOFF,
        faceMatchThreshold1: range(0, 100),
        faceMatchThresholdN: range(0, 100),
        changeThreshold: range(0, 8),
      },
      readCardRule: opt('wiegand26,wiegand34'),
    }),
  },
]
