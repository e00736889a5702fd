// Guide items whose URLs the protocol-config coverage table (docs/protocol-config/00-index.md)
// does not list: they are in docs/protocol/ (persons, face libraries, capture, events, the
// framework). Each row names the reference it was taken from. `event` rows are pushed by the
// terminal (alertStream / httpHosts), not requested.
export interface SupplementRow {
  section: string
  /** `METHOD /ISAPI/…` or `event <eventType>`; absent: the reference has no URL. */
  request?: string
  ref: string
}

const P22 = 'protocol/02-person-card.md §0'
const P03 = 'protocol/03-fingerprint-face-iris.md §B'
const P04 = 'protocol/04-capture.md'
const P05 = 'protocol/05-events.md'
const P01 = 'protocol/01-framework.md'
const AC = '/ISAPI/AccessControl'
const FD = '/ISAPI/Intelligent/FDLib'

export const SUPPLEMENT: readonly SupplementRow[] = [
  // framework chapters
  { section: '4.2', request: 'PUT /ISAPI/System/activate', ref: P01 },
  { section: '4.3.1', request: 'GET /ISAPI/Security/userCheck', ref: P01 },
  { section: '4.5.3', request: 'GET /ISAPI/System/capabilities', ref: P01 },
  { section: '4.6.1', request: 'GET /ISAPI/Event/notification/alertStream', ref: `${P05} §6` },
  { section: '4.6.2', request: 'POST /ISAPI/Event/notification/subscribeEvent', ref: P05 },
  { section: '4.6.3', request: 'PUT /ISAPI/Event/notification/httpHosts', ref: P05 },
  { section: '5.2', request: 'GET /ISAPI/Security/users', ref: 'protocol-config/01-system.md §2' },
  {
    section: '6.2',
    request: 'GET /ISAPI/System/Network/EZVIZ/capabilities',
    ref: 'protocol-config/02-network-access.md §3',
  },
  {
    section: '11.2',
    request: 'GET /ISAPI/System/upgradeStatus',
    ref: 'protocol-config/03-upgrade.md §2',
  },
  {
    section: '12.2',
    request: 'POST /ISAPI/System/updateFirmware?type=<type>',
    ref: 'protocol-config/03-upgrade.md §3',
  },
  {
    section: '19.2',
    request: `PUT ${AC}/Verification/ttsText/holidayPlan/<id>`,
    ref: 'protocol-config/07-media-and-misc.md §6.2',
  },
  {
    section: '20.2',
    request: `PUT ${AC}/Verification/ttsText`,
    ref: 'protocol-config/07-media-and-misc.md §6.1',
  },
  { section: '10.2.1', request: 'PUT /ISAPI/Event/notification/httpHosts/<ID>', ref: P05 },
  // 21.16 / 21.17 face picture libraries
  { section: '21.16.1', request: `GET ${FD}`, ref: `${P03}.3` },
  { section: '21.16.2', request: `PUT ${FD}?FDID=<id>&faceLibType=<type>`, ref: `${P03}.3` },
  { section: '21.16.3', request: `PUT ${FD}/FDSearch?FDID=<id>&FPID=<id>`, ref: `${P03}.7` },
  { section: '21.16.4', request: `GET ${FD}/capabilities`, ref: `${P03}.2` },
  { section: '21.16.5', request: `PUT ${FD}/FDSetUp`, ref: `${P03}.5` },
  { section: '21.16.6', request: `POST ${FD}/FaceDataRecord`, ref: `${P03}.4` },
  { section: '21.16.7', request: `PUT ${FD}/FDModify`, ref: `${P03}.7` },
  { section: '21.17.1', request: `POST ${FD}`, ref: `${P03}.3` },
  { section: '21.17.2', request: `GET ${FD}/Count`, ref: `${P03}.3` },
  { section: '21.17.3', request: `GET ${FD}/capabilities`, ref: `${P03}.2` },
  { section: '21.17.4', request: `GET ${FD}`, ref: `${P03}.3` },
  { section: '21.17.5', request: `DELETE ${FD}`, ref: `${P03}.3` },
  // 21.19 ID card
  { section: '21.19.1', request: `PUT ${AC}/IDBlackListCfg`, ref: `${P04} §5` },
  { section: '21.19.2', request: `GET ${AC}/IDBlackListCfg/capabilities`, ref: `${P04} §5` },
  { section: '21.19.3', request: 'event IDCardInfoEvent', ref: `${P05} §10` },
  // 21.22 persons and credentials
  { section: '21.22.1', request: `GET ${AC}/FingerPrintCfg/capabilities`, ref: P22 },
  { section: '21.22.2', request: `POST ${AC}/FingerPrintDownload`, ref: P22 },
  { section: '21.22.3', request: `GET ${AC}/ClearPictureCfg/capabilities`, ref: P22 },
  { section: '21.22.4', request: `GET ${AC}/UserInfoDetail/Delete/capabilities`, ref: P22 },
  { section: '21.22.5', request: `POST ${AC}/CardInfo/Record`, ref: P22 },
  { section: '21.22.6', request: `PUT ${AC}/UserInfo/Delete`, ref: P22 },
  {
    section: '21.22.7',
    request: `GET ${AC}/UserInfo/asyncImportDatasTasks/capabilities`,
    ref: P22,
  },
  { section: '21.22.8', request: `GET ${AC}/CardInfo/capabilities`, ref: P22 },
  { section: '21.22.9', request: `PUT ${AC}/CardInfo/Delete`, ref: P22 },
  { section: '21.22.10', request: `GET ${AC}/UserInfo/Count`, ref: P22 },
  { section: '21.22.11', request: `PUT ${AC}/UserInfo/Modify`, ref: P22 },
  {
    section: '21.22.12',
    request: `GET ${AC}/UserPic/asyncImportDatasTasks/<taskID>/status`,
    ref: P22,
  },
  { section: '21.22.13', request: `PUT ${AC}/UserInfoDetail/Delete`, ref: P22 },
  { section: '21.22.14', request: `POST ${AC}/UserInfo/Record`, ref: P22 },
  { section: '21.22.15', request: `PUT ${AC}/UserInfo/SetUp`, ref: P22 },
  { section: '21.22.16', request: `PUT ${AC}/CardInfo/Modify`, ref: P22 },
  { section: '21.22.17', request: `PUT ${AC}/CardInfo/SetUp`, ref: P22 },
  { section: '21.22.18', request: `POST ${AC}/UserInfo/Search`, ref: P22 },
  { section: '21.22.19', request: `GET ${AC}/UserInfo/capabilities`, ref: P22 },
  { section: '21.22.20', request: `GET ${AC}/FingerPrint/Delete/capabilities`, ref: P22 },
  { section: '21.22.21', request: `GET ${AC}/FingerPrint/DeleteProcess`, ref: P22 },
  { section: '21.22.22', request: `GET ${AC}/CardInfo/Count`, ref: P22 },
  { section: '21.22.23', request: `GET ${AC}/FingerPrintProgress`, ref: P22 },
  {
    section: '21.22.24',
    request: `GET ${AC}/UserPic/asyncImportDatasTasks/capabilities`,
    ref: P22,
  },
  { section: '21.22.25', request: `DELETE ${AC}/UserPic/asyncImportDatasTasks/<taskID>`, ref: P22 },
  { section: '21.22.26', request: `GET ${AC}/UserPic/asyncImportDatasTasks/status`, ref: P22 },
  {
    section: '21.22.27',
    request: `DELETE ${AC}/UserInfo/asyncImportDatasTasks/<taskID>`,
    ref: P22,
  },
  {
    section: '21.22.28',
    request: `GET ${AC}/UserInfo/asyncImportDatasTasks/<taskID>/status`,
    ref: P22,
  },
  { section: '21.22.29', request: `POST ${AC}/CardInfo/Search`, ref: P22 },
  { section: '21.22.30', request: `POST ${AC}/FingerPrintModify`, ref: P22 },
  { section: '21.22.31', request: `POST ${AC}/FingerPrintUpload`, ref: P22 },
  { section: '21.22.32', request: `PUT ${AC}/FingerPrint/Delete`, ref: P22 },
  { section: '21.22.33', request: `GET ${AC}/UserInfo/asyncImportDatasTasks/status`, ref: P22 },
  // 21.28 access-control events
  { section: '21.28.1', request: `PUT ${AC}/ClearEventCardLinkageCfg`, ref: `${P05} §5` },
  { section: '21.28.2', request: `GET ${AC}/AcsEvent/StorageCfg/capabilities`, ref: `${P05} §3` },
  { section: '21.28.3', request: `PUT ${AC}/EventCardLinkageCfg/<ID>`, ref: `${P05} §5` },
  { section: '21.28.4', request: `POST ${AC}/AcsEventTotalNum`, ref: `${P05} §2` },
  { section: '21.28.5', request: `GET ${AC}/EventCardLinkageCfg/<ID>`, ref: `${P05} §5` },
  { section: '21.28.6', request: `POST ${AC}/AcsEvent`, ref: `${P05} §1` },
  { section: '21.28.7', request: `GET ${AC}/AcsEvent/capabilities`, ref: `${P05} §1` },
  {
    section: '21.28.8',
    request: `GET ${AC}/ClearEventCardLinkageCfg/capabilities`,
    ref: `${P05} §5`,
  },
  { section: '21.28.9', request: `PUT ${AC}/EventOptimizationCfg`, ref: `${P05} §4` },
  {
    section: '21.28.10',
    request: `GET ${AC}/EventOptimizationCfg/capabilities`,
    ref: `${P05} §4`,
  },
  { section: '21.28.11', request: `GET ${AC}/EventOptimizationCfg`, ref: `${P05} §4` },
  { section: '21.28.12', request: `PUT ${AC}/AcsEvent/StorageCfg`, ref: `${P05} §3` },
  { section: '21.28.13', request: `GET ${AC}/AcsEvent/StorageCfg`, ref: `${P05} §3` },
  { section: '21.28.14', request: `GET ${AC}/DeployInfo`, ref: `${P05} §5` },
  { section: '21.28.15', request: `GET ${AC}/DeployInfo/capabilities`, ref: `${P05} §5` },
  { section: '21.28.16', request: 'event AccessControllerEvent', ref: `${P05} §6` },
  // 21.35 real-time collection
  { section: '21.35.1', request: `GET ${AC}/CaptureFaceData/capabilities`, ref: `${P04} §1` },
  {
    section: '21.35.2',
    request: `GET ${AC}/CaptureFaceData/Progress/capabilities`,
    ref: `${P04} §1`,
  },
  { section: '21.35.3', request: `GET ${AC}/CaptureFaceData/Progress`, ref: `${P04} §1` },
  { section: '21.35.4', request: `POST ${AC}/CaptureFaceData`, ref: `${P04} §1` },
]
