// Capability documents of the biometric modules (fingerprint, FDLib, iris) and captures.
import type { XmlNode } from '../http/xml.js'
import type { Profile } from './types.js'
import { hasSetUp, supportFunctions } from './set-up.js'

/** Face libraries a terminal holds (FDMaxNum); creating one more is faceLibraryNumError. */
export const FD_MAX_NUM = 3

export function fdLibCaps(p: Profile): Record<string, unknown> {
  return {
    requestURL: '',
    statusCode: 1,
    statusString: 'OK',
    subStatusCode: 'ok',
    FDNameMaxLen: 64,
    customInfoMaxLen: 256,
    FDMaxNum: FD_MAX_NUM,
    FDRecordDataMaxNum: p.capacity.faces,
    supportFDFunction: supportFunctions(p),
    isSuportFDSearch: 'true',
    isSupportFDSearchDataPackage: 'false',
    isSuportFSsearchByPic: p.features.has('faceSearchByPicture') ? 'true' : 'false',
    generateMaxNum: 1,
    faceLibType: p.features.has('infraredFace')
      ? 'blackFD,staticFD,infraredFD'
      : 'blackFD,staticFD',
    modelMaxNum: 100,
    isSupportModelData: 'false',
  }
}

export function fingerPrintCaps(p: Profile): Record<string, unknown> {
  return {
    FingerPrintCfg: {
      searchID: { '@min': 1, '@max': 36 },
      employeeNo: { '@min': p.employeeNo.min, '@max': p.employeeNo.max },
      enableCardReader: { '@min': 1, '@max': 1 },
      fingerPrintID: { '@min': 1, '@max': p.capacity.fingersPerPerson },
      deleteFingerPrint: 'true,false',
      fingerType: { '@opt': 'normalFP,hijackFP,patrolFP,superFP,dismissingFP' },
      fingerData: { '@min': 1, '@max': 768 },
      leaderFP: { '@min': 1, '@max': p.doors },
      checkEmployeeNo: 'true,false',
      StatusList: {
        id: { '@min': 1, '@max': 1 },
        cardReaderRecvStatus: { '@opt': '0,1,2,3,4,5,6,7,8,10' },
        errorMsg: { '@min': 0, '@max': 32 },
      },
      totalStatus: { '@opt': '0,1' },
      isSupportFingerCover: true,
      callbackMode: { '@opt': 'allRetrun,partReturn' },
      isSupportSetUp: hasSetUp(p),
    },
  }
}

export function fingerPrintDeleteCaps(p: Profile): Record<string, unknown> {
  return {
    FingerPrintDelete: {
      mode: { '@opt': 'byEmployeeNo,byCardReader' },
      EmployeeNoDetail: {
        employeeNo: { '@min': p.employeeNo.min, '@max': p.employeeNo.max },
        enableCardReader: { '@min': 1, '@max': 1 },
        fingerPrintID: { '@min': 1, '@max': p.capacity.fingersPerPerson },
      },
      CardReaderDetail: {
        cardReaderNo: { '@min': 1, '@max': 1 },
        clearAllCard: 'true,false',
        employeeNo: { '@min': p.employeeNo.min, '@max': p.employeeNo.max },
      },
    },
  }
}

export function captureFaceCaps(p: Profile): XmlNode {
  return {
    CaptureFaceDataCond: {
      captureInfrared: { '@opt': p.features.has('infraredFace') ? 'true,false' : 'false' },
      dataType: { '@opt': 'url,binary' },
    },
    faceDataUrl: { '@min': 1, '@max': 768 },
    captureProgress: { '@min': 0, '@max': 100 },
    isCurRequestOver: { '@opt': 'true,false' },
    ...(p.features.has('infraredFace') ? { infraredFaceDataUrl: { '@min': 1, '@max': 768 } } : {}),
  }
}

export const captureFingerCaps = (p: Profile): XmlNode => ({
  CaptureFingerPrintCond: { fingerNo: { '@min': 1, '@max': p.capacity.fingersPerPerson } },
  fingerData: { '@min': 1, '@max': 768 },
  fingerNo: { '@min': 1, '@max': p.capacity.fingersPerPerson },
  fingerPrintQuality: { '@min': 1, '@max': 100 },
})

export const captureCardCaps = (p: Profile): Record<string, unknown> => ({
  CardInfoCap: {
    cardNo: { '@min': 1, '@max': 32 },
    cardType: { '@opt': 'TypeA_M1,TypeA_CPU,TypeB,ID_125K,FelicaCard,DesfireCard' },
    readerID: { '@min': 1, '@max': p.cardReaders },
  },
})

/** Iris body names are not in any public source; this shape follows the fingerprint family. [INF] */
export const irisCaps = (p: Profile): Record<string, unknown> => ({
  IrisInfo: {
    supportFunction: { '@opt': 'post,delete,put,get,setUp' },
    IrisInfoSearchCond: {
      searchID: { '@min': 1, '@max': 36 },
      maxResults: { '@min': 1, '@max': 30 },
      EmployeeNoList: { maxSize: 30 },
    },
    employeeNo: { '@min': p.employeeNo.min, '@max': p.employeeNo.max },
    id: { '@min': 1, '@max': p.capacity.irisesPerPerson },
    irisData: { '@min': 1, '@max': 2048 },
    maxRecordNum: p.capacity.irises,
  },
})
