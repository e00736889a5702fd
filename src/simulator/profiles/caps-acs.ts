// Top-level capability documents: System DeviceCap and the AccessControl isSupport* map.
import type { XmlNode } from '../http/xml.js'
import type { Profile } from './types.js'

export function accessControlCaps(p: Profile): XmlNode {
  const f = (x: Parameters<typeof p.features.has>[0]): boolean => p.features.has(x)
  const node: XmlNode = {
    isSupportUserInfo: true,
    EmployeeNoInfo: {
      employeeNo: { '@min': p.employeeNo.min, '@max': p.employeeNo.max },
      // Real firmware states the current mode as text beside the options.
      characterType: { '@opt': 'any,number', '#text': p.employeeNo.characterType },
      isSupportCompress: true,
    },
    isSupportCardInfo: f('card'),
    isSupportUserInfoDetailDelete: f('userInfoDetailDelete'),
    isSupportAcsEvent: true,
    isSupportAcsEventTotalNum: true,
    isSupportDeployInfo: true,
    isSupportEventCardLinkageCfg: true,
    isSupportClearEventCardLinkageCfg: true,
    isSupportRemoteControlDoor: true,
    isSupportAcsWorkStatus: true,
    isSupportDoorCfg: true,
    isSupportCardReaderCfg: true,
    isSupportAcsCfg: true,
    isSupportCaptureCardInfo: f('captureCard'),
    isSupportIDBlackListCfg: f('idCard'),
    isSupportEventStorageCfg: true,
    isSupportEventOptimizationCfg: true,
    isSupportUserRightPlanTemplate: true,
    isSupportUserRightWeekPlanCfg: true,
    isSupportUserRightHolidayPlanCfg: true,
    isSupportUserRightHolidayGroupCfg: true,
    isSupportWiegandCfg: true,
    isSupportAntiSneakCfg: true,
    isSupportCardReaderAntiSneakCfg: true,
    isSupportClearAntiSneakCfg: true,
    isSupportClearAntiSneak: true,
    isSupportClearGroupCfg: true,
    isSupportMultiCardCfg: true,
    isSupportGroupCfg: true,
    isSupportClearPictureCfg: f('face'),
    isSupportClearPlansCfg: true,
    isSupportVerifyWeekPlanCfg: true,
    isSupportVerifyPlanTemplate: true,
    isSupportCardReaderPlan: true,
    isSupportDoorStatusWeekPlanCfg: true,
    isSupportDoorStatusPlanTemplate: true,
    isSupportDoorStatusPlan: true,
    FactoryReset: { isSupportFactoryReset: true, mode: { '@opt': 'full,basic,part' } },
    isSupportLockTypeCfg: true,
    isSupportModuleStatus: true,
    isSupportAsyncImportDatas: true,
    isSupportAsyncImportPic: f('face'),
  }
  if (f('card'))
    Object.assign(node, {
      isSupportNFCCfg: true,
      isSupportRFCardCfg: true,
      isSupportM1CardEncryptCfg: true,
      isSupportCardVerificationRule: true,
    })
  if (f('fingerprint')) {
    Object.assign(node, {
      isSupportFingerPrintCfg: true,
      isSupportFingerPrintDelete: true,
      isSupportCaptureFingerPrint: f('captureFinger'),
      isSupportFingerDataEncryption: false,
    })
  }
  if (f('face')) {
    Object.assign(node, {
      isSupportFDLib: true,
      isSupportCaptureFace: f('captureFace'),
      isSupportCaptureInfraredFace: f('infraredFace'),
      isSupportFaceRecognizeMode: true,
      isSupportFaceCompareCond: true,
      isSupportIdentityTerminal: true,
      isSupportTTSText: true,
      isSupportTTSTextHolidayPlan: true,
      isSupportTTSTextSearchHolidayPlan: true,
    })
  }
  if (f('iris'))
    Object.assign(node, { isSupportIrisInfo: true, isSupportCaptureIrisData: f('captureIris') })
  if (f('mask')) node.isSupportMaskDetection = true
  if (f('temperature')) node.isSupportTemperatureMeasure = true
  return node
}

export function deviceCaps(p: Profile): XmlNode {
  return {
    isSupportPreview: p.features.has('snapshot'),
    isSupportFactoryReset: true,
    isSupportUpdatefirmware: true,
    isSupportDeviceInfo: true,
    SysCap: {
      isSupportDst: true,
      NetworkCap: {
        isSupportWireless: false,
        isSupportPPPoE: false,
        isSupportNtp: true,
        isSupportHttps: true,
        isSupportEZVIZ: true,
        isSupportEhome: true,
      },
      SerialCap: { rs485PortNums: 1 },
      AudioCap: {
        audioInputNums: p.features.has('face') ? 1 : 0,
        audioOutputNums: p.features.has('face') ? 1 : 0,
      },
      isSupportSubscribeEvent: p.features.has('subscribeEvent'),
      isSupportTimeCap: true,
      isSupportPostUpdateFirmware: true,
    },
    SecurityCap: {
      supportUserNums: 32,
      issupIllegalLoginLock: true,
      isSupportUserCheck: true,
      isSupportConfigFileImport: true,
      isSupportConfigFileExport: true,
      SecurityLimits: { LoginPasswordLenLimit: { '@min': 8, '@max': 16 } },
    },
    EventCap: { isSupportHttpHost: p.features.has('httpHosts'), isSupportAlertStream: true },
    // external card readers (RS-485) can be upgraded through the terminal (AcsUpdate)
    isSupportAcsUpdate: p.cardReaders > 1,
    isSupportAccessControlCap: true,
  }
}
