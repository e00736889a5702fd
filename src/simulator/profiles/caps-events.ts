// Event capability documents. The minor lists are those of a real DS-K1T342MWX (V3.16.1).
import type { XmlNode } from '../http/xml.js'
import type { Profile } from './types.js'

export const MINORS = {
  minorAlarm: '1028,1029,1034,1035,1036,1037,1038,1030,1031,1039,1040',
  minorException: '38,39,1024,1031,1032,1059,1060,1064,1065,1033,1034,1039,1040',
  minorOperation:
    '80,90,93,94,112,113,118,119,121,122,123,126,134,135,240,241,311,312,1024,1025,1026,1027,1028,1029,1030,1031,1034,1035,1036,1038,1049,1050,1057,1058,1071,1072,1073,1074,1075,9729,1055,1056,1078',
  minorEvent:
    '1,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,31,32,33,34,35,36,37,38,39,49,75,76,80,104,116,117,130,132,142,151,152,155,164,193,208,2,3,4,5,40,41,42,43,44,45,46,47,48,54,55,56,57,58,59,60,61,62,63,64,65,66,67,68,153,154,168,51,162,169,119,163,170,181,189,156,157,217',
}

const hex = (list: string): string =>
  list
    .split(',')
    .map((n) => `0x${Number(n).toString(16)}`)
    .join(',')

export function acsEventCaps(p: Profile): Record<string, unknown> {
  return {
    AcsEvent: {
      AcsEventCond: {
        searchID: { '@min': 1, '@max': 64 },
        searchResultPosition: { '@min': 0, '@max': p.capacity.events },
        maxResults: { '@min': 1, '@max': 30 },
        major: { '@opt': '0,1,2,3,5' },
        minorAlarm: { '@opt': MINORS.minorAlarm },
        minorException: { '@opt': MINORS.minorException },
        minorOperation: { '@opt': MINORS.minorOperation },
        minorEvent: { '@opt': MINORS.minorEvent },
        startTime: { '@min': 1, '@max': 32 },
        endTime: { '@min': 1, '@max': 32 },
        cardNo: { '@min': 1, '@max': 20 },
        name: { '@min': 1, '@max': 128 },
        picEnable: 'true,false',
        beginSerialNo: { '@min': 1, '@max': 3000000000 },
        endSerialNo: { '@min': 1, '@max': 3000000000 },
        employeeNoString: { '@min': 1, '@max': 32 },
        timeReverseOrder: 'true',
      },
      InfoList: {
        maxSize: 30,
        time: { '@min': 1, '@max': 32 },
        netUser: { '@min': 1, '@max': 16 },
        remoteHostAddr: { '@min': 1, '@max': 15 },
        cardNo: { '@min': 1, '@max': 20 },
        cardType: { '@opt': '1,4,5,6' },
        cardReaderNo: { '@min': 1, '@max': p.cardReaders },
        doorNo: { '@min': 1, '@max': p.doors },
        employeeNo: { '@min': 1, '@max': 32 },
        serialNo: { '@min': 1, '@max': 3000000000 },
        userType: { '@opt': 'normal,visitor,blackList,administrators' },
        currentVerifyMode: { '@opt': p.verifyModes.join(',') },
        mask: { '@opt': ['unknown', 'yes', 'no'] },
        pictureURL: { '@min': 1, '@max': 256 },
        attendanceStatus: {
          '@opt': 'undefined,checkIn,checkOut,breakOut,breakIn,overtimeIn,overtimeOut',
        },
        label: { '@min': 0, '@max': 64 },
        statusValue: { '@min': 0, '@max': 255 },
        FaceRect: {
          height: { '@min': 0, '@max': 1 },
          width: { '@min': 0, '@max': 1 },
          x: { '@min': 0, '@max': 1 },
          y: { '@min': 0, '@max': 1 },
        },
      },
    },
  }
}

export function acsEventTotalNumCaps(p: Profile): Record<string, unknown> {
  return {
    AcsEvent: {
      AcsEventTotalNumCond: {
        major: { '@opt': '0,1,2,3,5' },
        ...Object.fromEntries(Object.entries(MINORS).map(([k, v]) => [k, { '@opt': v }])),
        startTime: { '@min': 1, '@max': 32 },
        endTime: { '@min': 1, '@max': 32 },
        cardNo: { '@min': 1, '@max': 20 },
        name: { '@min': 0, '@max': 32 },
        picEnable: 'true,false',
        employeeNoString: { '@min': 1, '@max': 32 },
      },
      totalNum: { '@min': 0, '@max': p.capacity.events },
    },
  }
}

export function subscribeEventCaps(): XmlNode {
  return {
    heartbeat: { '@min': 1, '@max': 30 },
    format: { '@opt': 'xml,json' },
    channelMode: { '@opt': 'all,list' },
    eventMode: { '@opt': 'all,list' },
    EventList: {
      Event: {
        type: 'AccessControllerEvent',
        minorAlarm: hex(MINORS.minorAlarm),
        minorException: hex(MINORS.minorException),
        minorOperation: hex(MINORS.minorOperation),
        minorEvent: hex(MINORS.minorEvent),
        pictureURLType: { '@opt': 'binary,localURL', '@def': 'binary' },
      },
    },
  }
}

export function httpHostCaps(p: Profile): XmlNode {
  return {
    hostNumber: p.httpHostSlots,
    urlLen: { '@min': 0, '@max': 128 },
    protocolType: { '@opt': 'HTTP,HTTPS' },
    parameterFormatType: { '@opt': 'XML,JSON' },
    addressingFormatType: { '@opt': 'ipaddress,hostname' },
    ipAddress: { '@opt': 'ipv4,ipv6' },
    portNo: { '@min': 1, '@max': 65535 },
    userNameLen: { '@min': 0, '@max': 32 },
    passwordLen: { '@min': 0, '@max': 16 },
    httpAuthenticationMethod: { '@opt': 'MD5digest,none' },
    uploadImagesDataType: { '@opt': 'URL,binary' },
    httpBroken: { '@opt': 'true,false', '@def': 'true' },
    SubscribeEventCap: subscribeEventCaps(),
  }
}
