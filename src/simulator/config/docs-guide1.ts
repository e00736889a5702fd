// Chapter-21 settings served as stored documents (validated against the capabilities published
// here): the log (syslog) server (protocol-config/01 §4: element set K, path H) and the pages of
// the terminal's screen programme (07 §9: page body from the S8 integrator flow, M).
import { bool, opt, range } from './doc-spec.js'
import type { DocSpec } from './doc-spec.js'

export const LOG_SERVER_PATH = '/ISAPI/System/logServer'

export const guide1Docs: DocSpec[] = [
  {
    path: LOG_SERVER_PATH,
    format: 'xml',
    root: 'LogServer',
    defaults: () => ({
      enabled: false,
      addressingFormatType: 'ipaddress',
      ipAddress: '0.0.0.0',
      hostName: '',
      portNo: 514,
      transmissionProtocol: 'UDP',
    }),
    caps: () => ({
      enabled: bool,
      addressingFormatType: opt('ipaddress,hostname'),
      ipAddress: range(0, 32),
      hostName: range(0, 64),
      portNo: range(1, 65535),
      transmissionProtocol: opt('UDP,TCP,TLS'),
    }),
  },
  {
    path: '/ISAPI/Publish/ProgramMgr/program/1/page/:id',
    capsPath: '/ISAPI/Publish/ProgramMgr/program/1/page/capabilities',
    format: 'xml',
    root: 'Page',
    feature: 'face',
    ids: () => [1, 4],
    defaults: (_p, id) => ({
      id,
      programName: 'lobby',
      programType: 'normal',
      PageBasicInfo: {
        pageName: `Page ${id}`,
        playDurationMode: 'selfDefine',
        playDuration: 10,
        switchDuration: 1,
        switchEffect: 'none',
      },
    }),
    caps: () => ({
      id: range(1, 4),
      programName: range(0, 32),
      programType: opt('normal,screensaver'),
      PageBasicInfo: {
        pageName: range(1, 32),
        playDurationMode: opt('auto,selfDefine'),
        playDuration: range(1, 3600),
        switchDuration: range(0, 60),
        switchEffect: opt('none,random'),
      },
    }),
  },
]
