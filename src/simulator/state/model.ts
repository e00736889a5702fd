export interface RightPlan {
  doorNo: number
  planTemplateNo: string
}

export interface PersonRec {
  employeeNo: string
  name: string
  userType: string
  closeDelayEnabled: boolean
  Valid: { enable: boolean; beginTime: string; endTime: string; timeType: string }
  belongGroup: string
  password: string
  doorRight: string
  RightPlan: RightPlan[]
  maxOpenDoorTime: number
  openDoorTime: number
  roomNumber: number
  floorNumber: number
  localUIRight: boolean
  gender: string
  userVerifyMode: string
  PersonInfoExtends: { name?: string; value: string }[]
}

export interface CardRec {
  employeeNo: string
  cardNo: string
  cardType: string
  leaderCard: string
}

export interface FingerRec {
  employeeNo: string
  fingerPrintID: number
  fingerType: string
  fingerData: string
  leaderFP: number[]
  enableCardReader: number[]
}

export interface FaceLib {
  FDID: string
  faceLibType: string
  name: string
  customInfo: string
}

export interface FaceRec {
  FDID: string
  faceLibType: string
  FPID: string
  picId: number
  jpeg: Buffer
  info: Record<string, string>
}

export interface IrisRec {
  employeeNo: string
  id: number
  irisData: string
  picture: Buffer
}

export interface DeviceAccount {
  id: number
  userName: string
  password: string
  userLevel: 'Administrator' | 'Operator' | 'Viewer'
  /** Remote "parameterConfig" permission granted to a non-admin (UserPermission). */
  parameterConfig?: boolean
  /** Other remote permissions an administrator granted or withdrew (state/remote-permissions). */
  remote?: Record<string, boolean>
}

/** One log entry, in AcsEvent InfoList field names. */
export interface EventRec {
  serialNo: number
  major: number
  minor: number
  /** Epoch ms (device clock). */
  at: number
  fields: Record<string, unknown>
  pictureKey?: string
}
