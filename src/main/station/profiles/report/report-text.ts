// The report's words in English and Chinese (one table, both languages side by side).
import type { ReportLang, ReportProblem } from '@shared/contract/report'

const WORDS = {
  title: ['Commissioning report', '调试报告'],
  site: ['Site', '站点'],
  generated: ['Generated', '生成时间'],
  summary: ['Summary', '汇总'],
  terminal: ['Terminal', '终端'],
  verdict: ['Result', '结论'],
  pass: ['PASS', '通过'],
  fail: ['FAIL', '未通过'],
  notVerified: ['NOT VERIFIED', '未核实'],
  notVerifiedWhy: [
    'could not be read at the time of the report; nothing below is a reading',
    '生成报告时无法读取该终端；以下内容均非读取结果',
  ],
  model: ['Model', '型号'],
  serial: ['Serial number', '序列号'],
  firmware: ['Firmware', '固件'],
  mac: ['MAC address', 'MAC 地址'],
  address: ['Address', '地址'],
  time: ['Terminal time', '终端时间'],
  timeZone: ['Time zone', '时区'],
  drift: ['Clock drift (s)', '时钟偏差（秒）'],
  profile: ['Profile', '配置模板'],
  noProfile: ['none', '无'],
  settings: ['Profile settings', '模板设置'],
  setting: ['Setting', '设置项'],
  desired: ['Profile', '模板值'],
  actual: ['Read from the terminal', '终端读取值'],
  state: ['State', '状态'],
  asDesired: ['as desired', '符合'],
  drifted: ['drifted', '偏离'],
  unsupported: ['not supported here', '不支持'],
  noSchedule: ['none', '无'],
  slotOurs: ['this station', '本工作站'],
  slotFree: ['free', '空闲'],
  slotTaken: ['another receiver', '其他接收端'],
  holdings: ['Persons and credentials', '人员与凭证'],
  kind: ['Kind', '类别'],
  onTerminal: ['On the terminal', '终端上'],
  inRoster: ['In the roster', '名册中'],
  persons: ['Persons', '人员'],
  cards: ['Cards', '卡'],
  faces: ['Faces', '人脸'],
  fingerprints: ['Fingerprints', '指纹'],
  missing: ['Missing on the terminal', '终端缺少'],
  extra: ['On the terminal, not in the roster', '终端多出'],
  doors: ['Doors', '门'],
  door: ['Door', '门'],
  doorName: ['Name', '名称'],
  openDuration: ['Open duration (s)', '开门时间（秒）'],
  doorSchedule: ['Door-status schedule', '门状态计划'],
  listening: ['Listening host', '监听主机'],
  slot: ['Slot', '槽位'],
  target: ['Target', '目标'],
  lastEvents: ['Last events', '最近事件'],
  event: ['Event', '事件'],
  person: ['Person', '人员'],
  problems: ['Open problems', '待解决问题'],
  none: ['none', '无'],
  notReadable: ['not readable', '无法读取'],
  unverifiedCount: ['not verified', '未核实'],
  // open problems, by kind
  unreadable: ['Not readable', '无法读取'],
  holdingsDiffer: ['Held ≠ roster', '终端与名册不一致'],
  uncounted: ['The terminal could not count', '终端无法统计'],
  clockOff: ['Clock off', '时钟偏差过大'],
  clockUnreadable: ['Clock not readable', '无法读取时钟'],
  noListening: ['No listening host points at this station', '没有监听主机指向本工作站'],
  health: ['Terminal state', '终端状态'],
} as const

export type WordKey = keyof typeof WORDS

/** A listening slot's state in the report's language (`ours` | `free` | `taken`). */
export const slotText = (w: (k: WordKey) => string, state: string): string =>
  state === 'ours'
    ? w('slotOurs')
    : state === 'free'
      ? w('slotFree')
      : state === 'taken'
        ? w('slotTaken')
        : state

/** An open problem in the report's language. */
export const problemText = (w: (k: WordKey) => string, p: ReportProblem): string =>
  p.detail ? `${w(p.kind)}: ${p.detail}` : w(p.kind)

export const problemsText = (w: (k: WordKey) => string, list: ReportProblem[]): string =>
  list.map((p) => problemText(w, p)).join('; ') || w('none')

export const wordsFor =
  (lang: ReportLang) =>
  (key: WordKey): string =>
    WORDS[key][lang === 'zh' ? 1 : 0]
