// JSON capability documents for persons and cards (JSON_Cap_UserInfo, JSON_Cap_CardInfo).
import type { Profile } from './types.js'
import { supportFunctions } from './set-up.js'

export function userInfoCaps(p: Profile): Record<string, unknown> {
  const emp = { '@min': p.employeeNo.min, '@max': p.employeeNo.max }
  const caps: Record<string, unknown> = {
    supportFunction: { '@opt': supportFunctions(p) },
    UserInfoSearchCond: {
      searchID: { '@min': 1, '@max': 36 },
      searchResultPosition: { '@min': 0, '@max': p.capacity.persons },
      maxResults: { '@min': 1, '@max': p.searchPageMax },
      EmployeeNoList: { maxSize: 30, employeeNo: emp },
      fuzzySearch: { '@min': 0, '@max': 32 },
    },
    UserInfoDelCond: { EmployeeNoList: { maxSize: 30, employeeNo: emp } },
    employeeNo: emp,
    name: { '@min': 0, '@max': p.nameMax },
    userType: { '@opt': p.userTypes.join(',') },
    closeDelayEnabled: 'true,false',
    Valid: {
      enable: 'true,false',
      beginTime: { '@min': 1, '@max': 32 },
      endTime: { '@min': 1, '@max': 32 },
      timeRangeBegin: '1970-01-01T00:00:00',
      timeRangeEnd: '2037-12-31T23:59:59',
      timeType: { '@opt': 'local,UTC' },
    },
    maxBelongGroup: 4,
    belongGroup: { '@min': 1, '@max': 32 },
    password: { '@min': 1, '@max': 8 },
    doorRight: { '@min': 1, '@max': p.doors },
    RightPlan: {
      maxSize: p.doors,
      doorNo: { '@min': 1, '@max': p.doors },
      maxPlanTemplate: 4,
      planTemplateNo: { '@min': 1, '@max': 255 },
    },
    maxOpenDoorTime: { '@min': 0, '@max': 255 },
    openDoorTime: { '@min': 0, '@max': 255 },
    roomNumber: { '@min': 0, '@max': 99 },
    floorNumber: { '@min': 0, '@max': 99 },
    localUIRight: 'true,false',
    userVerifyMode: { '@opt': p.verifyModes.join(',') },
    maxRecordNum: p.capacity.persons,
    gender: { '@opt': 'male,female,unknown' },
    PersonInfoExtends: {
      maxSize: 3,
      name: { '@min': 0, '@max': 100 },
      value: { '@min': 0, '@max': 100 },
    },
    purePwdVerifyEnable: true,
    checkUser: 'true,false',
    addUser: 'true,false',
    isSupportNumOfCard: p.features.has('card'),
    isSupportNumOfFP: p.features.has('fingerprint'),
    isSupportNumOfFace: p.features.has('face'),
  }
  return { UserInfo: caps }
}

export function cardInfoCaps(p: Profile): Record<string, unknown> {
  const emp = { '@min': p.employeeNo.min, '@max': p.employeeNo.max }
  return {
    CardInfo: {
      supportFunction: { '@opt': supportFunctions(p) },
      CardInfoSearchCond: {
        searchID: { '@min': 1, '@max': 36 },
        maxResults: { '@min': 1, '@max': p.searchPageMax },
        EmployeeNoList: { maxSize: 30, employeeNo: emp },
        CardNoList: { maxSize: 30, cardNo: { '@min': 1, '@max': 32 } },
      },
      CardInfoDelCond: { EmployeeNoList: { maxSize: 30 }, CardNoList: { maxSize: 30 } },
      employeeNo: emp,
      cardNo: { '@min': 1, '@max': 32 },
      cardType: { '@opt': p.cardTypes.join(',') },
      leaderCard: { '@min': 1, '@max': p.doors },
      checkCardNo: 'true,false',
      checkEmployeeNo: 'true,false',
      addCard: 'true,false',
      maxRecordNum: p.capacity.cards,
      numberPerPerson: p.capacity.cardsPerPerson,
    },
  }
}

export function userInfoDetailDeleteCaps(p: Profile): Record<string, unknown> {
  return {
    UserInfoDetail: {
      mode: { '@opt': 'all,byEmployeeNo' },
      EmployeeNoList: {
        maxSize: 30,
        employeeNo: { '@min': p.employeeNo.min, '@max': p.employeeNo.max },
      },
    },
  }
}
