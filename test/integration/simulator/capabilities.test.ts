// Every capability a profile advertises is served (200), and every feature route a profile
// lacks answers notSupport: capability documents never promise what the device cannot do.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PROFILE_IDS, startFleet } from '../../../src/simulator/index.js'
import type { Fleet } from '../../../src/simulator/index.js'
import { DigestClient } from './digest-client.js'

const A = '/ISAPI/AccessControl'
const PROBES: Record<string, string> = {
  isSupportUserInfo: `${A}/UserInfo/capabilities?format=json`,
  isSupportCompress: `${A}/UserInfo/capabilities?format=json`,
  isSupportFactoryReset: '', // PUT /ISAPI/System/factoryReset only (tested in system.test)
  isSupportCardInfo: `${A}/CardInfo/capabilities?format=json`,
  isSupportUserInfoDetailDelete: `${A}/UserInfoDetail/Delete/capabilities?format=json`,
  isSupportAcsEvent: `${A}/AcsEvent/capabilities?format=json`,
  isSupportAcsEventTotalNum: `${A}/AcsEventTotalNum/capabilities?format=json`,
  isSupportDeployInfo: `${A}/DeployInfo`,
  isSupportEventCardLinkageCfg: `${A}/EventCardLinkageCfg/1?format=json`,
  isSupportClearEventCardLinkageCfg: `${A}/ClearEventCardLinkageCfg/capabilities?format=json`,
  isSupportRemoteControlDoor: `${A}/RemoteControl/door/capabilities`,
  isSupportAcsWorkStatus: `${A}/AcsWorkStatus?format=json`,
  isSupportDoorCfg: `${A}/Door/param/1`,
  isSupportCardReaderCfg: `${A}/CardReaderCfg/1?format=json`,
  isSupportAcsCfg: `${A}/AcsCfg?format=json`,
  isSupportCaptureCardInfo: `${A}/CaptureCardInfo/capabilities?format=json`,
  isSupportIDBlackListCfg: `${A}/IDBlackListCfg/capabilities`,
  isSupportTTSText: `${A}/Verification/ttsText/capabilities?format=json`,
  isSupportTTSTextHolidayPlan: `${A}/Verification/ttsText/holidayPlan/capabilities?format=json`,
  // POST only (a GET is 404 on S2): served in test/integration/isapi/tts-holiday-plan.test.ts
  isSupportTTSTextSearchHolidayPlan: '',
  isSupportEventStorageCfg: `${A}/AcsEvent/StorageCfg?format=json`,
  isSupportEventOptimizationCfg: `${A}/EventOptimizationCfg?format=json`,
  isSupportUserRightPlanTemplate: `${A}/UserRightPlanTemplate/1?format=json`,
  isSupportUserRightWeekPlanCfg: `${A}/UserRightWeekPlanCfg/1?format=json`,
  isSupportUserRightHolidayPlanCfg: `${A}/UserRightHolidayPlanCfg/1?format=json`,
  isSupportUserRightHolidayGroupCfg: `${A}/UserRightHolidayGroupCfg/1?format=json`,
  isSupportWiegandCfg: `${A}/WiegandCfg/capabilities`,
  isSupportAntiSneakCfg: `${A}/AntiSneakCfg?format=json`,
  isSupportCardReaderAntiSneakCfg: `${A}/CardReaderAntiSneakCfg/1?format=json`,
  isSupportClearAntiSneakCfg: `${A}/ClearAntiSneakCfg/capabilities?format=json`,
  isSupportClearAntiSneak: `${A}/ClearAntiSneak/capabilities?format=json`,
  isSupportClearGroupCfg: `${A}/ClearGroupCfg/capabilities?format=json`,
  isSupportMultiCardCfg: `${A}/MultiCardCfg/1?format=json`,
  isSupportGroupCfg: `${A}/GroupCfg/1?format=json`,
  isSupportClearPictureCfg: `${A}/ClearPictureCfg/capabilities?format=json`,
  isSupportClearPlansCfg: `${A}/ClearPlansCfg/capabilities?format=json`,
  isSupportVerifyWeekPlanCfg: `${A}/VerifyWeekPlanCfg/1?format=json`,
  isSupportVerifyPlanTemplate: `${A}/VerifyPlanTemplate/1?format=json`,
  isSupportCardReaderPlan: `${A}/CardReaderPlan/1?format=json`,
  isSupportDoorStatusWeekPlanCfg: `${A}/DoorStatusWeekPlanCfg/1?format=json`,
  isSupportDoorStatusPlanTemplate: `${A}/DoorStatusPlanTemplate/1?format=json`,
  isSupportDoorStatusPlan: `${A}/DoorStatusPlan/1?format=json`,
  isSupportFingerPrintCfg: `${A}/FingerPrintCfg/capabilities?format=json`,
  isSupportFingerPrintDelete: `${A}/FingerPrint/Delete/capabilities?format=json`,
  isSupportCaptureFingerPrint: `${A}/CaptureFingerPrint/capabilities`,
  isSupportFDLib: '/ISAPI/Intelligent/FDLib/capabilities?format=json',
  isSupportCaptureFace: `${A}/CaptureFaceData/capabilities`,
  isSupportCaptureInfraredFace: `${A}/CaptureFaceData/capabilities`,
  isSupportFaceRecognizeMode: `${A}/FaceRecognizeMode?format=json`,
  isSupportFaceCompareCond: `${A}/FaceCompareCond`,
  isSupportIdentityTerminal: `${A}/IdentityTerminal`,
  isSupportModuleStatus: `${A}/DoorSecurityModule/moduleStatus`,
  isSupportAsyncImportDatas: `${A}/UserInfo/asyncImportDatasTasks/capabilities?format=json`,
  isSupportAsyncImportPic: `${A}/UserPic/asyncImportDatasTasks/capabilities?format=json`,
  isSupportIrisInfo: `${A}/IrisInfo/capabilities?format=json`,
  isSupportCaptureIrisData: `${A}/captureIrisData/progress?format=json`,
  isSupportMaskDetection: `${A}/maskDetection?format=json`,
  isSupportTemperatureMeasure: '/ISAPI/Thermal/capabilities',
  isSupportLockTypeCfg: `${A}/Configuration/lockType?format=json`,
  isSupportNFCCfg: `${A}/Configuration/NFCCfg?format=json`,
  isSupportRFCardCfg: `${A}/Configuration/RFCardCfg?format=json`,
  isSupportM1CardEncryptCfg: `${A}/M1CardEncryptCfg`,
  isSupportCardVerificationRule: `${A}/CardVerificationRule?format=json`,
}

let fleet: Fleet
beforeAll(async () => {
  fleet = await startFleet({ devices: PROFILE_IDS.length, profile: [...PROFILE_IDS] })
})
afterAll(() => fleet.close())

describe('capabilities match what is served', () => {
  for (const [i, id] of PROFILE_IDS.entries()) {
    it(`${id}: every advertised flag is served, every unadvertised probe is notSupport`, async () => {
      const c = DigestClient.for(fleet.devices[i]!, { reuse: true })
      const caps = (await c.get(`${A}/capabilities`)).text
      const flags = [...caps.matchAll(/<(isSupport\w+)>(true|false)<\/\1>/g)].map(
        (m) => [m[1]!, m[2] === 'true'] as const,
      )
      for (const [flag, on] of flags) {
        const probe = PROBES[flag]
        if (!on) {
          if (
            probe &&
            !Object.entries(PROBES).some(
              ([f, p]) => p === probe && f !== flag && flags.some(([g, v]) => g === f && v),
            )
          ) {
            const r = await c.get(probe)
            expect([403, 404], `${flag} off but ${probe} answered ${r.status}`).toContain(r.status)
          }
          continue
        }
        expect(probe, `no probe for ${flag}`).toBeDefined()
        if (probe === '') continue
        const r = await c.get(probe!)
        expect(r.status, `${flag} → ${probe}`).toBe(200)
      }
    })
  }
})
